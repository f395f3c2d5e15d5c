package nl.werkbank.app;

import ch.qos.logback.classic.pattern.ThrowableHandlingConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.CoreConstants;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes an exception to the log without its messages: an H2 message quotes the row it refused ("… VALUES ('Sanne
 * de Vries', …)"), and ours carry names as arguments. What stays is enough to find the cause: each class, H2's error
 * code, and the stack.
 */
public final class SafeThrowableConverter extends ThrowableHandlingConverter {

    /** H2's SQL error code ("[90049-240]") or MVStore's ("[2.4.240/9]"): numbers only, never the text around them. */
    private static final Pattern H2_CODE = Pattern.compile("\\[(?:(\\d+)-\\d+|[\\d.]+/(\\d+))]\\s*$");
    private static final int MAX_FRAMES = 40;

    @Override
    public String convert(ILoggingEvent event) {
        IThrowableProxy proxy = event.getThrowableProxy();
        if (proxy == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (IThrowableProxy cause = proxy; cause != null; cause = cause.getCause()) {
            out.append(cause == proxy ? "" : "Caused by: ").append(cause.getClassName());
            String message = cause.getMessage();
            Matcher code = message == null ? null : H2_CODE.matcher(message);
            if (code != null && code.find()) {
                out.append(code.group(1) != null ? " (H2 error " + code.group(1) + ")" : " (MVStore error " + code.group(2) + ")");
            }
            out.append(CoreConstants.LINE_SEPARATOR);
            StackTraceElementProxy[] frames = cause.getStackTraceElementProxyArray();
            for (int i = 0; i < Math.min(frames.length, MAX_FRAMES); i++) {
                out.append("\tat ").append(frames[i].getStackTraceElement()).append(CoreConstants.LINE_SEPARATOR);
            }
        }
        return out.toString();
    }
}
