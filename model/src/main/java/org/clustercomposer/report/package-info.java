/**
 * How results reach people and files: the analysis report, drain plans and migration costs as text
 * or JSON, a simulation's summary and its result files. One home for output formatting, used by the
 * command line (and by exports to come); the engines know nothing of it.
 */
package org.clustercomposer.report;
