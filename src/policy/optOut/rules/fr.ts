import type { OptOutRules } from "./optOutRules.js";

/** French opt-out rules: STOP, ARRÊT, DÉSABONNER, DÉSINSCRIRE and phrases ("ne m'appelez plus", "je ne veux plus recevoir"). */
export const fr: OptOutRules = {
  locale: "fr",
  keywords: [
    { text: "stop" },
    { text: "arret" },
    { text: "arreter" },
    { text: "stop sms" },
    { text: "desabonner" },
    { text: "desabonnement" },
    { text: "desinscrire" },
    { text: "desinscription" },
    { text: "stop tout", scope: "all" },
  ],
  fillers: ["svp", "s il vous plait", "s il te plait", "merci", "stp"],
  phrases: [
    { id: "ne-plus-contacter", pattern: "\\bne (?:plus )?(?:me|m|nous) (?:plus )?(?:contactez|contacter|appelez|appeler|ecrivez|ecrire|envoyez|envoyer|rappelez|rappeler)\\b(?:.* )?\\bplus\\b|\\bne (?:me|nous) (?:contactez|appelez|ecrivez|envoyez|rappelez) plus\\b|\\bne plus (?:me|m|nous) (?:contacter|appeler|ecrire|envoyer|rappeler)\\b" },
    { id: "arretez", pattern: "\\barrete[zr]? (?:de |d )(?:me |m |nous )?(?:contacter|appeler|ecrire|envoyer|harceler|spammer)\\b" },
    { id: "ne-veux-plus", pattern: "\\bje ne (?:veux|souhaite) plus (?:recevoir|etre (?:contacte|appele|sollicite)e?)\\b" },
    { id: "desabonnez-moi", pattern: "\\b(?:desabonnez|desinscrivez|retirez|supprimez) moi\\b" },
    { id: "retirer-liste", pattern: "\\b(?:retirez|supprimez|enlevez) (?:moi|mon numero|mon adresse) (?:de|des) (?:votre|vos|la|cette) (?:\\w+ )?(?:liste|listes|fichier)\\b" },
    { id: "laissez-tranquille", pattern: "\\blaissez moi tranquille\\b" },
    { id: "plus-de", pattern: "^(?:plus de|pas de) (?:sms|messages|appels|mails|e mails)(?: svp| merci)?$" },
  ],
  channelWords: { appelez: "call", appeler: "call", rappelez: "call", rappeler: "call", appels: "call", sms: "sms", mails: "email", "e mails": "email" },
};
