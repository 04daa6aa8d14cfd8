package org.boundarykit.content;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the files of a content pack come from: a folder, the classpath, a URL, or an app's own
 * store. A pack's manifest is the file {@value #MANIFEST}; the other files are the ones it lists.
 * File names are plain names ({@code scripts.en.json}), never paths, so a pack can only make the
 * loader read files beside its manifest. The built-in sources refuse any other name, and {@link
 * #directory} also refuses a symbolic link that leads out of the folder and anything that is not a
 * regular file (a named pipe, a device).
 */
@FunctionalInterface
public interface ContentSource {

  /** The name of a pack's manifest. */
  String MANIFEST = "pack.json";

  /**
   * Opens one file of the pack.
   *
   * @param name a plain file name, already checked to hold no path
   * @return the file's bytes (UTF-8 JSON); the caller closes the stream
   * @throws IOException if the file cannot be read
   */
  InputStream open(String name) throws IOException;

  /**
   * Names a file for messages, for example with its folder.
   *
   * @param name a plain file name
   * @return the name to show in messages
   */
  default String describe(String name) {
    return name;
  }

  /**
   * The files of a folder.
   *
   * @param directory the folder holding {@value #MANIFEST}
   * @return the source
   */
  static ContentSource directory(Path directory) {
    Objects.requireNonNull(directory, "directory");
    return new ContentSource() {
      @Override
      public InputStream open(String name) throws IOException {
        requirePlainName(name);
        Path root = directory.toRealPath();
        Path file = directory.resolve(name).toRealPath();
        if (!file.startsWith(root)) {
          throw new IOException(name + " is a link to a file outside the pack's folder; a pack reads only its own files");
        }
        if (!Files.isRegularFile(file)) {
          throw new IOException(name + " is not a regular file");
        }
        return Files.newInputStream(file);
      }

      @Override
      public String describe(String name) {
        return directory.resolve(name).toString();
      }
    };
  }

  /**
   * Resources on the classpath, under a folder such as {@code org/boundarykit/content/v1}.
   *
   * @param loader the class loader to read with
   * @param folder the resource folder, without leading or trailing slash
   * @return the source
   */
  static ContentSource classpath(ClassLoader loader, String folder) {
    Objects.requireNonNull(loader, "loader");
    Objects.requireNonNull(folder, "folder");
    return new ContentSource() {
      @Override
      public InputStream open(String name) throws IOException {
        requirePlainName(name);
        InputStream in = loader.getResourceAsStream(folder + "/" + name);
        if (in == null) {
          throw new FileNotFoundException("no resource " + folder + "/" + name);
        }
        return in;
      }

      @Override
      public String describe(String name) {
        return name;
      }
    };
  }

  /**
   * Files beside a base URL, for example {@code https://example.org/packs/mine/}.
   *
   * @param base the URL of the folder holding {@value #MANIFEST}; should end with '/'
   * @return the source
   */
  static ContentSource url(URL base) {
    Objects.requireNonNull(base, "base");
    return new ContentSource() {
      @Override
      public InputStream open(String name) throws IOException {
        requirePlainName(name);
        try {
          return base.toURI().resolve(name).toURL().openStream();
        } catch (URISyntaxException | IllegalArgumentException e) {
          throw new IOException("cannot resolve " + name + " against " + base, e);
        }
      }

      @Override
      public String describe(String name) {
        try {
          return base.toURI().resolve(name).toString();
        } catch (URISyntaxException e) {
          return URI.create("unknown:" + name).toString();
        }
      }
    };
  }

  /**
   * Refuses a name that is not a plain file name: empty, with a folder separator, a drive or scheme
   * colon, or {@code .} and {@code ..}. The loader checks names before it opens them; the built-in
   * sources check again, so that calling them directly cannot reach outside the pack either.
   */
  private static void requirePlainName(String name) throws IOException {
    Objects.requireNonNull(name, "name");
    if (name.isEmpty() || name.equals(".") || name.equals("..") || name.indexOf('/') >= 0 || name.indexOf('\\') >= 0
        || name.indexOf(':') >= 0 || name.indexOf('\0') >= 0) {
      throw new IOException("\"" + name + "\" is not a plain file name beside the manifest");
    }
  }
}
