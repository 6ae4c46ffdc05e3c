package dev.fovea.testing;

import dev.fovea.search.index.PhotoDocument;
import dev.fovea.search.index.StoredPhoto;

/** Photo documents for tests: sensible defaults, changed one field at a time. */
public final class TestPhotos {
    private long id;
    private String folder = "/photos";
    private String fileName;
    private String fileType = "jpg";
    private Long takenAt;
    private String make;
    private String model;
    private String lens;
    private Double latitude;
    private Double longitude;
    private int width = 4000;
    private int height = 3000;
    private float[] embedding;

    private TestPhotos(long id, float[] embedding) {
        this.id = id;
        this.embedding = embedding;
        this.fileName = "IMG_" + id + ".jpg";
    }

    public static TestPhotos photo(long id, float... embedding) {
        return new TestPhotos(id, embedding);
    }

    public TestPhotos in(String newFolder) {
        folder = newFolder;
        return this;
    }

    public TestPhotos named(String name) {
        fileName = name;
        int dot = name.lastIndexOf('.');
        fileType = dot < 0 ? null : name.substring(dot + 1);
        return this;
    }

    public TestPhotos takenAt(long millis) {
        takenAt = millis;
        return this;
    }

    public TestPhotos camera(String newMake, String newModel) {
        make = newMake;
        model = newModel;
        return this;
    }

    public TestPhotos lens(String newLens) {
        lens = newLens;
        return this;
    }

    public TestPhotos at(double lat, double lon) {
        latitude = lat;
        longitude = lon;
        return this;
    }

    public TestPhotos size(int newWidth, int newHeight) {
        width = newWidth;
        height = newHeight;
        return this;
    }

    public PhotoDocument build() {
        String path = folder + "/" + fileName;
        return new PhotoDocument(
                new StoredPhoto(
                        id,
                        path,
                        folder,
                        fileName,
                        fileType,
                        takenAt,
                        make,
                        model,
                        lens,
                        latitude,
                        longitude,
                        width,
                        height,
                        Long.toHexString(id * 0x9E3779B97F4A7C15L)),
                embedding);
    }
}
