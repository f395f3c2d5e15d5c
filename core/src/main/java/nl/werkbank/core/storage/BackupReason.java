package nl.werkbank.core.storage;

/** Why a backup was made; the word is part of its file name. */
public enum BackupReason {
    DAILY("dagelijks"),
    BEFORE_IMPORT("voor-import"),
    BEFORE_DEMO("voor-demo"),
    BEFORE_RESTORE("voor-terugzetten"),
    MANUAL("handmatig");

    private final String word;

    BackupReason(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    static BackupReason ofWord(String word) {
        for (BackupReason reason : values()) {
            if (reason.word.equals(word)) {
                return reason;
            }
        }
        return MANUAL;
    }
}
