import { describe } from "vitest";
import { readAs } from "./optOutReadings.js";

/**
 * The fourth round: opt-outs the third round found lost (read as none), reproduced in new words (none
 * copied from the corpus batches), each class in the languages where it applies, with the readings
 * near it as controls that must keep their verdict.
 */

/** A keyword said with emphasis or permanence ("I mean it", "for good", "para siempre", "für immer", "voorgoed", "pour de bon"): the keyword. */
describe("a keyword with emphasis or permanence", () => {
  readAs([
    ["", "STOP i mean it", "opt_out"],
    ["", "stop for good", "opt_out"],
    ["", "STOP forever", "opt_out"],
    ["", "Unsubscribe permanently please", "opt_out"],
    ["", "stop for real this time", "opt_out"],
    ["", "STOP seriously", "opt_out"],
    ["", "cancel once and for all", "opt_out"],
    ["es", "BAJA lo digo en serio", "opt_out"],
    ["es", "basta para siempre", "opt_out"],
    ["es", "Alto para siempre, gracias", "opt_out"],
    ["es", "BAJA definitivamente", "opt_out"],
    ["de", "STOPP ich meine es ernst", "opt_out"],
    ["de", "Stopp für immer", "opt_out"],
    ["de", "stopp ein für alle mal", "opt_out"],
    ["nl", "STOP ik meen het", "opt_out"],
    ["nl", "stop voorgoed", "opt_out"],
    ["nl", "stop voor altijd", "opt_out"],
    ["fr", "STOP je suis sérieux", "opt_out"],
    ["fr", "STOP pour de bon", "opt_out"],
    ["fr", "stop définitivement merci", "opt_out"],
    ["fr", "Stop pour toujours", "opt_out"],
    ["fr", "STOP une bonne fois pour toutes", "opt_out"],
    // controls: ordinary words around "stop", a pause, a correction, the emphasis alone
    ["", "Seriously, stop by anytime", "none"],
    ["", "I'll stop by for good coffee", "none"],
    ["", "the rain will stop for good by friday", "none"],
    ["", "for good", "none"],
    ["es", "para siempre", "none"],
    ["", "Stop, I meant the blue one", "uncertain"],
    ["", "stop for now, text me in january", "uncertain"],
    ["de", "Stopp für jetzt", "uncertain"],
    ["nl", "Stop voor nu", "uncertain"],
    ["fr", "Stop pour l'instant", "uncertain"],
  ]);
});
