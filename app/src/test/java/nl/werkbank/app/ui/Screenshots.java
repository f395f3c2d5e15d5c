package nl.werkbank.app.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/** Saves every open window as a PNG in target/ui-shots, so a developer can look at what a test saw. */
final class Screenshots {

    private static final Path FOLDER = Path.of("target", "ui-shots");

    private Screenshots() {
    }

    static void capture(String name) {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> {
            int index = 0;
            for (Window window : Window.getWindows()) {
                if (window.isShowing() && window.getScene() != null) {
                    write(window.getScene().snapshot(null), FOLDER.resolve(name + "-" + index++ + ".png"));
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void write(WritableImage image, Path file) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        try {
            Files.createDirectories(file.getParent());
            ImageIO.write(out, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
