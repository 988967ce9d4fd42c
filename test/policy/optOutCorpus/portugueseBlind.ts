import { corpus, type LabelledMessage } from "./labelled.js";
const pt = corpus("pt");
/**
 * A blind held-out batch of Portuguese replies: about 60 % Brazilian, 40 % European Portuguese, as a
 * car dealer's or another local business's follow-up gets them back by WhatsApp, SMS and email (plain,
 * polite and angry stops, a channel named, lists, LGPD and RGPD deletions; hard negatives: stops that are
 * not requests, prices, reschedules, "parei de procurar", "não parem", sarcasm, someone else's stop; and
 * the ambiguous held for a person). Its author read only the labelling conventions (labelled.ts, the
 * verdict table of docs/compliance.md, the opening of docs/opt-out-corpus.md) and the format of
 * heldOutThirtyFirst.ts's English entries; neither the Portuguese rule tables, the detector, the Portuguese
 * tuning and check batches, their tests nor their record, before this file was written and committed.
 * Measured once after that; the figures are in docs/opt-out-corpus.md ("Portuguese, blind batch").
 * `mensagem`/`msg` names no channel (no scope); SMS is `sms`, WhatsApp/zap `whatsapp`, calls `call`.
 * Copied verbatim: never edit these messages to fit the rules.
 */
export const PORTUGUESE_BLIND: readonly LabelledMessage[] = [
  // ---------------- Brazil ----------------
  pt.out("PARAR"),
  pt.out("Sair"),
  pt.out("para de me ligar pfv", "call"),
  pt.out("Boa tarde, por favor não me liguem mais. Já comprei o carro em outra concessionária.", "call"),
  pt.out("nao quero mais receber msg de vcs"),
  pt.out("Me tira dessa lista por favor"),
  pt.out("para de mandar mensagem no meu whats, ja falei q n tenho interesse", "whatsapp"),
  pt.out("Não quero mais e-mails de vocês, obrigado.", "email"),
  pt.out("pqp para de me ligar caralho ja disse q nao quero", "call"),
  pt.out(
    "Prezados,\n\nCom base na LGPD (Lei 13.709/2018), solicito a exclusão de todos os meus dados pessoais da base de vocês e que não entrem mais em contato comigo.\n\nAtenciosamente,\nJuliana Souza",
  ),
  pt.out("Oi, vocês podem parar de me mandar SMS? Obrigada", "sms"),
  pt.out("descadastra meu numero ai por favor"),
  pt.out("Sou filha da Dona Maria, ela não usa muito o celular. Por favor parem de ligar pra ela, ela não tem interesse.", "call"),
  pt.out("não me mande mais nada, nem whats nem email nem ligação", "all"),
  pt.out("chega de mensagem, ja comprei a moto"),
  pt.out("Quantas vezes vou ter que pedir pra vocês pararem de me ligar??", "call"),
  pt.out("remove meu contato da lista de vcs, obg"),
  pt.out("Olá! Não tenho mais interesse no consórcio, por favor não entrem mais em contato."),
  pt.out("para de me encher o saco com essas promoção"),
  pt.out("nao me ligue mais", "call"),
  pt.out("Quero que apaguem meus dados, LGPD."),
  pt.out("Me descadastra do email marketing de vcs", "email"),
  pt.out("vc pode parar de me mandar msg pelo zap? prefiro email", "whatsapp"),
  pt.hard("negation", "Não, não para de me mandar as ofertas não, quero saber quando baixar o preço do Onix"),
  pt.hard("negation", "Não precisa parar de me ligar, eu só tava no trabalho. Pode ligar depois das 18h"),
  pt.hard("question", "pq vcs pararam de me responder? ainda quero o carro"),
  pt.hard("question", "como faço pra parar de receber esses emails?", "uncertain"),
  pt.hard("constraint", "parei de procurar por enquanto, mas me manda o preço do HB20 se baixar"),
  pt.hard("constraint", "agora não posso, me liga amanhã depois das 10"),
  pt.hard("constraint", "não me liga no horário do trabalho, só depois das 18h"),
  pt.hard("constraint", "para de ligar nesse número, ele é do meu trabalho. meu pessoal é 11 98765-4321"),
  pt.hard("constraint", "Preciso cancelar o agendamento de amanhã, pode ser na quinta?"),
  pt.hard("sarcasm", "Engraçado, é só eu pedir desconto que vocês param de responder", "uncertain"),
  pt.hard("reported", "Meu marido pediu pra vcs pararem de ligar mas eu ainda quero o orçamento do seguro"),
  pt.hard("reported", "minha esposa quer que vcs parem de ligar pra ela, mas eu continuo interessado no SUV"),
  pt.hard("ambiguous", "não tenho interesse", "uncertain"),
  pt.hard("ambiguous", "numero errado", "uncertain"),
  pt.hard("ambiguous", "ja comprei em outro lugar", "uncertain"),
  pt.hard("ambiguous", "vou denunciar esse número no Procon", "uncertain"),
  pt.hard("frequency", "dá pra parar de mandar mensagem todo dia? uma vez por semana ta bom", "uncertain"),
  pt.hard("condition", "se o carro ja foi vendido pode parar de me mandar msg", "uncertain"),
  pt.hard("quote", 'Na msg de vcs diz "responda SAIR para não receber mais", mas eu só queria saber o valor da revisão'),
  pt.none("quanto fica a parcela do Argo em 48x?"),
  pt.none("pode remarcar o test drive pra sábado?"),
  pt.none("Manda a proposta para o meu email por favor"),
  pt.none("Vou sair mais cedo hoje, dá pra fazer o test drive às 16h?"),
  // ---------------- Portugal ----------------
  pt.out("Não me telefonem mais, por favor.", "call"),
  pt.out("Deixem de me enviar SMS, já comprei o carro noutro stand.", "sms"),
  pt.out("Agradeço que retirem o meu contacto da vossa base de dados."),
  pt.out("Ao abrigo do RGPD, solicito o apagamento de todos os meus dados pessoais e que não voltem a contactar-me."),
  pt.out(
    "Exmos. Senhores,\n\nVenho por este meio solicitar que deixem de me enviar e-mails promocionais. Nunca dei autorização para tal.\n\nCumprimentos,\nAna Ferreira",
    "email",
  ),
  pt.out("pare de me ligar pf, ja disse q nao quero", "call"),
  pt.out("Não quero receber mais mensagens vossas. Obrigado."),
  pt.out("tirem-me da lista de contactos se faz favor"),
  pt.out("Podiam deixar de me ligar? Obrigada.", "call"),
  pt.out("Chega! Estou farto das vossas chamadas.", "call"),
  pt.out("Não me contactem mais por whatsapp, obrigado", "whatsapp"),
  pt.out("cancelar subscrição da newsletter", "email"),
  pt.out("Sou o filho do Sr. Manuel Costa. O meu pai já não conduz; por favor retirem-no da vossa lista e não lhe telefonem mais.", "call"),
  pt.hard("negation", "Não deixem de me enviar os lembretes da inspeção, preciso deles"),
  pt.hard("negation", "Por favor não parem de me mandar as promoções, estou à espera do desconto do Clio"),
  pt.hard("question", "Como é que deixo de receber estas mensagens?", "uncertain"),
  pt.hard("question", "Porque é que deixaram de me ligar? Continuo interessado no Peugeot"),
  pt.hard("constraint", "Não me liguem durante a manhã, estou a trabalhar. À tarde pode ser."),
  pt.hard("constraint", "Agora não posso falar, liguem-me amanhã à tarde"),
  pt.hard("sarcasm", "Claro, agora que paguei o sinal já ninguém me liga. Muito profissional.", "uncertain"),
  pt.hard("frequency", "Parem de me enviar 3 e-mails por dia, é demais", "uncertain"),
  pt.hard("ambiguous", "Não estou interessado, obrigado", "uncertain"),
  pt.hard("ambiguous", "Enganou-se no número", "uncertain"),
  pt.hard("condition", "Se não responder até sexta, deixem de me contactar", "uncertain"),
  pt.hard("quote", 'O meu marido diz "deixem de ligar", mas eu ainda quero marcar a revisão', "uncertain"),
  pt.hard("invitation", "Paro aí no stand no sábado de manhã para ver o carro"),
  pt.hard("compound", "O carro tem sistema start-stop? Dá para desligar?"),
  pt.none("Qual é o preço da revisão dos 30 mil km?"),
];
