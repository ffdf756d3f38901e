/** The command line: picocli commands and exit codes. Nothing imports this package. */
package io.github.plandiff.cli;
