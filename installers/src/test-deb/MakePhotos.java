import dev.fovea.installers.PlainPhotos;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a few photos of plain colours for installers/test-deb.sh: the fixture model tells colours apart,
 * so a search for "red" must rank photo-1.jpg first and "blue" photo-3.png. The names say nothing of the
 * colours, so only the model can tell. Run with the packager's jar on the class path:
 * java -cp installers/target/fovea-installers.jar MakePhotos.java DIR
 */
void main(String[] args) throws IOException {
    Path folder = Files.createDirectories(Path.of(args[0]));
    PlainPhotos.write(folder.resolve("photo-1.jpg"), new Color(220, 30, 30));
    PlainPhotos.write(folder.resolve("photo-2.jpg"), new Color(30, 170, 60));
    PlainPhotos.write(folder.resolve("photo-3.png"), new Color(30, 60, 220));
    PlainPhotos.write(folder.resolve("photo-4.jpg"), new Color(240, 220, 40));
}
