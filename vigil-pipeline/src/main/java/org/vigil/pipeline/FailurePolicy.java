package org.vigil.pipeline;

/**
 * What a batch does when one record cannot be read, coded or stored (as Kafka Streams' handlers
 * do): the record is always reported with its reason; then the batch goes on or stops.
 */
public enum FailurePolicy {
  /** Report the record, count it, go on with the rest: one bad article never stops a batch. */
  CONTINUE,
  /** Report the record and stop: the job throws {@link RejectedRecordException}. */
  FAIL
}
