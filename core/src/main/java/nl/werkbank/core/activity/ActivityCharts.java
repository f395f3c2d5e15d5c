package nl.werkbank.core.activity;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import nl.werkbank.core.activity.ActivityReport.CafeLine;
import nl.werkbank.core.activity.ActivityReport.MeetingLine;
import nl.werkbank.core.activity.ActivityReport.TeamSection;

/**
 * The report's two charts as PNG images for the document: attendance per werkteam over the period, and visitors per
 * kenniscafé. Drawn with Java 2D (no JavaFX in core), twice the printed size so they stay sharp on paper.
 */
final class ActivityCharts {

    static final int WIDTH = 1600;
    static final int HEIGHT = 760;
    private static final int LEFT = 90;
    private static final int RIGHT = 40;
    private static final int TOP = 80;
    private static final int BOTTOM = 150;
    private static final Color[] SERIES = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0xff7f0e),
        new Color(0x9467bd), new Color(0x8c564b)};
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yy");

    private ActivityCharts() {
    }

    /** Present per meeting, a line per werkteam, over the period's days; null when no team met. */
    static byte[] attendance(List<TeamSection> teams, LocalDate from, LocalDate to) {
        long max = teams.stream().flatMap(t -> t.meetings().stream()).mapToLong(MeetingLine::present).max().orElse(0);
        if (teams.stream().allMatch(t -> t.meetings().isEmpty())) {
            return null;
        }
        Canvas canvas = new Canvas(Math.max(1, max));
        long days = Math.max(1, to.toEpochDay() - from.toEpochDay());
        canvas.dateAxis(from, to);
        List<String> legend = new ArrayList<>();
        int series = 0;
        for (TeamSection team : teams) {
            if (team.meetings().isEmpty()) {
                continue;
            }
            Color color = SERIES[series++ % SERIES.length];
            canvas.g.setColor(color);
            canvas.g.setStroke(new BasicStroke(4f));
            int previousX = -1;
            int previousY = -1;
            for (MeetingLine meeting : team.meetings()) {
                int x = LEFT + (int) ((meeting.date().toEpochDay() - from.toEpochDay()) * canvas.plotWidth() / days);
                int y = canvas.y(meeting.present());
                if (previousX >= 0) {
                    canvas.g.drawLine(previousX, previousY, x, y);
                }
                canvas.g.fillOval(x - 8, y - 8, 16, 16);
                previousX = x;
                previousY = y;
            }
            legend.add(team.team());
        }
        canvas.legend(legend);
        return canvas.png();
    }

    /** A bar per kenniscafé with its number of visitors; null when there were none. */
    static byte[] visitors(List<CafeLine> cafes) {
        if (cafes.isEmpty()) {
            return null;
        }
        int max = cafes.stream().mapToInt(CafeLine::total).max().orElse(0);
        Canvas canvas = new Canvas(Math.max(1, max));
        int slot = canvas.plotWidth() / cafes.size();
        int bar = Math.max(8, slot * 2 / 3);
        for (int i = 0; i < cafes.size(); i++) {
            CafeLine cafe = cafes.get(i);
            int x = LEFT + i * slot + (slot - bar) / 2;
            int y = canvas.y(cafe.total());
            canvas.g.setColor(SERIES[0]);
            canvas.g.fillRect(x, y, bar, HEIGHT - BOTTOM - y);
            canvas.g.setColor(Color.DARK_GRAY);
            canvas.centered(Integer.toString(cafe.total()), x + bar / 2, y - 10);
            canvas.rotated(DAY.format(cafe.date()), x + bar / 2, HEIGHT - BOTTOM + 14);
        }
        return canvas.png();
    }

    /** A white image with a value axis from 0 to a round maximum. */
    private static final class Canvas {
        private final BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        private final Graphics2D g = image.createGraphics();
        private final long top;

        Canvas(long max) {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 26));
            long step = niceStep(max);
            top = ((max + step - 1) / step) * step;
            for (long value = 0; value <= top; value += step) {
                int y = y(value);
                g.setColor(new Color(0xdddddd));
                g.drawLine(LEFT, y, WIDTH - RIGHT, y);
                g.setColor(Color.DARK_GRAY);
                String label = Long.toString(value);
                g.drawString(label, LEFT - 14 - g.getFontMetrics().stringWidth(label), y + 9);
            }
            g.drawLine(LEFT, HEIGHT - BOTTOM, WIDTH - RIGHT, HEIGHT - BOTTOM);
        }

        int plotWidth() {
            return WIDTH - LEFT - RIGHT;
        }

        int y(long value) {
            return HEIGHT - BOTTOM - (int) (value * (HEIGHT - BOTTOM - TOP) / Math.max(1, top));
        }

        void dateAxis(LocalDate from, LocalDate to) {
            g.setColor(Color.DARK_GRAY);
            rotated(DAY.format(from), LEFT, HEIGHT - BOTTOM + 14);
            rotated(DAY.format(to), WIDTH - RIGHT, HEIGHT - BOTTOM + 14);
        }

        /** Above the plot, where the date labels below cannot run into it. */
        void legend(List<String> names) {
            int x = LEFT;
            int y = 40;
            for (int i = 0; i < names.size(); i++) {
                g.setColor(SERIES[i % SERIES.length]);
                g.fillRect(x, y - 18, 22, 22);
                g.setColor(Color.DARK_GRAY);
                g.drawString(names.get(i), x + 30, y);
                x += 60 + g.getFontMetrics().stringWidth(names.get(i));
            }
        }

        void centered(String text, int x, int y) {
            FontMetrics metrics = g.getFontMetrics();
            g.drawString(text, x - metrics.stringWidth(text) / 2, y);
        }

        /** Text turned a quarter to the left, ending at (x, y): labels under a crowded axis. */
        void rotated(String text, int x, int y) {
            Graphics2D turned = (Graphics2D) g.create();
            turned.translate(x + 9, y + g.getFontMetrics().stringWidth(text));
            turned.rotate(-Math.PI / 2);
            turned.drawString(text, 0, 0);
            turned.dispose();
        }

        byte[] png() {
            g.dispose();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                ImageIO.write(image, "png", out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        }

        private static long niceStep(long max) {
            long raw = Math.max(1, max / 5);
            long magnitude = 1;
            while (magnitude * 10 <= raw) {
                magnitude *= 10;
            }
            for (long factor : new long[] {1, 2, 5, 10}) {
                if (factor * magnitude >= raw) {
                    return factor * magnitude;
                }
            }
            return 10 * magnitude;
        }
    }
}
