/**
 * The application's use cases that both the command line and the window run: one class each
 * (importing a file, exporting a round, writing the appendix). A layer above service, exchange and
 * document, below cli and ui; so the two front ends cannot drift apart (decision 0111).
 */
package dk.overfoersel.usecase;
