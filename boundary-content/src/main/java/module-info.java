/**
 * BoundaryKit content: the default content pack as versioned JSON resources, the loader that reads
 * it and packs of your own, and the lint that checks them.
 */
module org.boundarykit.content {
  requires transitive org.boundarykit.core;
  requires com.fasterxml.jackson.databind;
  requires static org.jspecify;

  exports org.boundarykit.content;

  opens org.boundarykit.content.internal to com.fasterxml.jackson.databind;
  opens org.boundarykit.content.v1;
  opens org.boundarykit.content.schema.v1;
}
