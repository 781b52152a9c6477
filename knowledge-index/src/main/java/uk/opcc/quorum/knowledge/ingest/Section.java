package uk.opcc.quorum.knowledge.ingest;

/** A heading (or slide/page label) with the text under it. */
public record Section(String heading, String text) {
}
