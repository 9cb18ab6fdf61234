package org.cspplanner.exporters.document;

/** One piece of an export document, in reading order. */
public sealed interface Block permits Heading, Paragraph, RagKey, Table {
}
