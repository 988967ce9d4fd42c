import { corpus, type LabelledMessage } from "./labelled.js";
const pt = corpus("pt");
/**
 * The Portuguese check batch, written at the same time as `portugueseTuning.ts` and before the
 * Portuguese table existed, by the table's author (not blind in this corpus's strict sense: the
 * author had read the other tables), kept unread while the table was tuned, and measured once on
 * the tuned table; its figures are in docs/opt-out-corpus.md ("Portuguese"). Copied verbatim: never
 * edit these messages or labels to fit the rules.
 */
export const PORTUGUESE_CHECK: readonly LabelledMessage[] = [
  pt.out("SAIR"),
  pt.out("Chega. Não me liguem mais.", "call"),
  pt.out("Quero sair da lista de vocês"),
  pt.out("por favor, remover meu contato"),
  pt.out("Parem com as mensagens por favor", "sms"),
  pt.out("não me manda mais whatsapp", "whatsapp"),
  pt.out("Boa tarde, agradeço que deixem de enviar emails para este endereço.", "email"),
  pt.out("Desisti da compra. Não voltem a ligar-me.", "call"),
  pt.out("apaga meu número aí"),
  pt.out("Cancelar inscrição"),
  pt.out("nao quero mais nada de vcs"),
  pt.out("Parem de me incomodar"),
  pt.out("Tira meu nome da lista, já disse"),
  pt.out("Vocês podem me excluir do cadastro?"),
  pt.out("Não me enviem mais SMS nem e-mails.", "sms"),
  pt.out("Basta de telefonemas, obrigado.", "call"),
  pt.out("Por favor, deixem de me contactar."),
  pt.hard("negation", "Não parem de me mandar as novidades do stand!"),
  pt.hard("constraint", "Não me liguem durante o expediente, só depois das 18h"),
  pt.hard("question", "Como faço pra sair dessa lista de transmissão?", "uncertain"),
  pt.hard("frequency", "Muita mensagem, gente. Uma por semana tá ótimo.", "uncertain"),
  pt.hard("ambiguous", "Sem interesse", "uncertain"),
  pt.hard("reported", "O meu marido pediu para pararem de ligar, mas eu quero saber o preço"),
  pt.hard("condition", "Se não tiverem o modelo automático, podem parar de me mandar mensagem.", "uncertain"),
  pt.hard("sarcasm", "Engraçado como vocês param de ligar quando eu preciso de ajuda", "uncertain"),
  pt.none("Me liga às 15h por favor"),
  pt.hard("compound", "Estou saindo agora, te mando mensagem depois"),
  pt.hard("negation", "Não quero sair da lista, só mudei de número"),
  pt.hard("compound", "Parei no semáforo, já respondo"),
  pt.hard("constraint", "Parem de ligar pro meu trabalho, liguem no celular"),
  pt.hard("question", "Vocês pararam de vender a Duster?"),
  pt.none("Obrigada! Podem mandar a proposta por e-mail"),
  pt.hard("negation", "Não deixem de me avisar quando chegar o carro"),
  pt.hard("ambiguous", "Número errado, não sou o João", "uncertain"),
];
