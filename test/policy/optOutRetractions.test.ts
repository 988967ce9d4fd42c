import { describe } from "vitest";
import { readAs } from "./optOutReadings.js";

/**
 * The writer's own earlier opt-out, taken back after it in the same sentence: held for a person (the
 * channel waits for the review), or none where the report alone reads as none; never an opt-out. A cue before the request, or in
 * another sentence, does not take it back ("I filled out the form by mistake, please take me off your list").
 */
describe("an opt-out taken back after it, in its sentence", () => {
  readAs([
    ["en", "I said stop yesterday but I've changed my mind, you can keep texting me about the Tacoma", "uncertain"],
    ["en", "I replied STOP earlier but please ignore that, still interested in the Civic", "uncertain"],
    ["en", "I texted STOP last week by accident, keep the offers coming", "none"],
    ["es", "Dije BAJA ayer pero cambié de opinión, pueden seguir escribiéndome", "uncertain"],
    ["fr", "J'ai envoyé STOP hier mais j'ai changé d'avis, continuez", "uncertain"],
    ["nl", "Ik zei gisteren stop maar ik ben van gedachten veranderd, stuur maar", "none"],
    // controls: still opt-outs
    ["en", "I changed my mind, stop texting me", "opt_out"],
    ["en", "I said STOP last week. I have not changed my mind.", "opt_out"],
    ["en", "Hi, this is Karen, I filled out the heat pump form by mistake, please take me off your list", "opt_out"],
    ["en", "I replied STOP twice already", "opt_out"],
    ["es", "Cambié de opinión, no me escriban más", "opt_out"],
  ]);
});
