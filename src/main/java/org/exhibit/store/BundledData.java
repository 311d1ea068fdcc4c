package org.exhibit.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The sample documents shipped inside the jar (the repository's {@code data/} folder). */
public final class BundledData {

    private static final String FOLDER = "exhibit-data";

    private BundledData() {
    }

    /** Imports every bundled document; returns one result per document. */
    public static List<ImportResult> importAll(Importer importer) {
        return importAll(importer, ImportListener.NONE);
    }

    /** Imports every bundled document, telling the listener how it goes; returns one result per document. */
    public static List<ImportResult> importAll(Importer importer, ImportListener listener) {
        List<Source> sources = new ArrayList<>();
        documents().forEach((name, content) -> sources.add(Source.of(name, content)));
        return importer.loadAll(sources, listener);
    }

    /** The bundled documents by file name, in name order. */
    public static Map<String, byte[]> documents() {
        Map<String, byte[]> documents = new TreeMap<>();
        URL url = BundledData.class.getClassLoader().getResource(FOLDER);
        if (url == null) {
            return documents;
        }
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                try (FileSystem jar = jarFileSystem(uri)) {
                    read(jar.getPath(FOLDER), documents);
                }
            } else {
                read(Path.of(uri), documents);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The bundled sample documents could not be read", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("The bundled sample documents have an unusable location: " + url, e);
        }
        return documents;
    }

    private static FileSystem jarFileSystem(URI uri) throws IOException {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            return FileSystems.newFileSystem(Path.of(URI.create(uri.toString().split("!")[0].substring(4))));
        }
    }

    private static void read(Path folder, Map<String, byte[]> documents) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                if (Documents.isDocument(file)) {
                    documents.put(file.getFileName().toString(), Files.readAllBytes(file));
                }
            }
        }
    }
}
