/**
 * BoundaryKit core: the model of a boundary after a breakup and the rules engine that picks the
 * next step when the ex makes contact.
 *
 * <p>Exported packages are the stable API: {@code org.boundarykit} (values and the engine),
 * {@code org.boundarykit.rules} (the decision-table model) and {@code org.boundarykit.spi} (the
 * classifier seam). {@code org.boundarykit.internal} is not exported.
 */
module org.boundarykit.core {
  requires static org.jspecify;
  requires static org.immutables.value.annotations;

  exports org.boundarykit;
  exports org.boundarykit.rules;
  exports org.boundarykit.spi;
  exports org.boundarykit.text;
}
