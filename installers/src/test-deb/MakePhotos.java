import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * Writes a few photos of plain colours for installers/test-deb.sh: the fixture model tells colours apart,
 * so a search for "red" must rank photo-1.jpg first and "blue" photo-3.png. The names say nothing of the
 * colours, so only the model can tell. Run with: java MakePhotos.java DIR
 */
void main(String[] args) throws IOException {
    File folder = new File(args[0]);
    folder.mkdirs();
    Object[][] photos = {
        {"photo-1", new Color(220, 30, 30), "jpg"},
        {"photo-2", new Color(30, 170, 60), "jpg"},
        {"photo-3", new Color(30, 60, 220), "png"},
        {"photo-4", new Color(240, 220, 40), "jpg"},
    };
    for (Object[] photo : photos) {
        Color color = (Color) photo[1];
        BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        // A gentle gradient, so that the file is a photo-like image rather than one flat value.
        graphics.setPaint(new GradientPaint(0, 0, color, 640, 480, color.darker()));
        graphics.fillRect(0, 0, 640, 480);
        graphics.dispose();
        ImageIO.write(image, (String) photo[2], new File(folder, photo[0] + "." + photo[2]));
    }
}
