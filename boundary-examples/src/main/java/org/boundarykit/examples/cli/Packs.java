package org.boundarykit.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.boundarykit.content.ContentPack;
import org.boundarykit.content.ContentPackException;

/** The effective content pack: the defaults with the user's overlay packs over them, in order. */
final class Packs {
  private Packs() {}

  /**
   * Loads the overlays and puts them over the defaults.
   *
   * @param overlays pack folders or single-file packs, later ones winning
   * @return the composed pack, validated when there are overlays (the defaults already are)
   * @throws ContentPackException listing every problem found
   */
  static ContentPack effective(List<Path> overlays) {
    ContentPack pack = ContentPack.defaults();
    for (Path overlay : overlays) {
      pack = pack.with(load(overlay));
    }
    return overlays.isEmpty() ? pack : pack.validated();
  }

  /**
   * Loads one pack, saying plainly when the file is not there.
   *
   * @param path a pack folder or a single-file pack
   * @return the pack
   * @throws ContentPackException listing every problem found
   */
  static ContentPack load(Path path) {
    if (!Files.exists(path)) {
      throw new ContentPackException(List.of(path + ": no such file or folder"));
    }
    return ContentPack.load(path);
  }
}
