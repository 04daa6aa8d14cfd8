package org.boundarykit;

/** A practical matter that a {@link ContactLevel#LOGISTICS_ONLY} boundary may allow. */
public enum Topic {
  /** Children: pickups, schedules, school, health. */
  CHILDREN,
  /** Pets: care, vet visits, custody of an animal. */
  PETS,
  /** Housing: a shared lease, a move-out, keys. */
  HOUSING,
  /** Finances: bills, shared accounts, money owed. */
  FINANCES,
  /** Belongings: things left behind, returning items. */
  BELONGINGS,
  /** Work: a shared workplace or a handover. */
  WORK
}
