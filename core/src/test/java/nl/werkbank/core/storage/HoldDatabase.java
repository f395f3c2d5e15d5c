package nl.werkbank.core.storage;

import java.nio.file.Path;

/** Run in a child process: opens the database in args[0], says so, and keeps it open until killed. */
public final class HoldDatabase {

    public static void main(String[] args) throws InterruptedException {
        try (Database db = Database.open(Path.of(args[0]))) {
            System.out.println("open");
            System.out.flush();
            Thread.sleep(60_000);
        }
    }
}
