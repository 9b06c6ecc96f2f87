package org.clustercomposer.app.cli;

/** How a report subcommand prints: for people, or as JSON for scripts. Lower case, as typed. */
enum ReportStyle {
    text, json
}
