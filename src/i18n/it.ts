import type { Catalogue } from './index';

/** Italian catalogue (default language). Flat keys; each owner keeps to its section. */
export const it: Catalogue = {
  'app.name': 'Premia',

  // --- values (parsing problems): finding.PARSE_* ---
  'finding.PARSE_EMPTY': 'Cella {cell}: è vuota ma serve un valore.',
  'finding.PARSE_ERROR_VALUE': 'Cella {cell}: contiene l\'errore di Excel {text}; correggere la formula o il valore.',
  'finding.PARSE_NOT_A_NUMBER': 'Cella {cell}: «{text}» non è un numero.',
  'finding.PARSE_NEGATIVE': 'Cella {cell}: l\'importo «{text}» è negativo.',
  'finding.PARSE_OUT_OF_RANGE': 'Cella {cell}: «{text}» è un numero troppo grande per essere un importo.',
  'finding.PARSE_NOT_A_BOOLEAN': 'Cella {cell}: «{text}» non è né SÌ né NO.',
  'finding.PARSE_UNREADABLE_DATE':
    'Cella {cell}: «{text}» non è una data leggibile; scrivere giorno, mese e anno (es. 31/12/2023).',
  'finding.PARSE_IMPOSSIBLE_DATE': 'Cella {cell}: la data «{text}» non esiste nel calendario.',
  'finding.PARSE_UNREADABLE_TARGET': 'Cella {cell}: il valore atteso «{text}» non si può misurare.',
  'finding.PARSE_UNREADABLE_ACTUAL': 'Cella {cell}: il valore raggiunto «{text}» non è leggibile come numero, data o SÌ/NO.',
  'finding.PARSE_UNKNOWN_CATEGORY': 'Cella {cell}: la categoria «{text}» non è tra quelle dei parametri.',
  'finding.PARSE_UNREADABLE_ASSIGNMENTS':
    'Cella {cell}: in «{text}» non si riconoscono i nomi dei dipendenti e le loro quote (es. «Mario Rossi 60%, Anna Bianchi 40%»).',
  // --- end values ---

  // --- validation: finding.* ---
  'validation.kind.weights': 'dei pesi degli obiettivi',
  'validation.kind.relevance': 'delle rilevanze delle aree',
  'validation.kind.subWeights': 'dei pesi degli indicatori',
  'validation.kind.shares': 'delle quote del personale',
  'validation.kind.coefficients': 'dei coefficienti',
  'validation.defaultPool': 'tutti gli obiettivi',
  'finding.WEIGHT_MISSING': "{area}: manca il peso dell'obiettivo {objective} ({cell}).",
  'finding.WEIGHT_NOT_NUMBER':
    "{area}: il peso dell'obiettivo {objective} («{text}» in {cell}) non è un numero.",
  'finding.WEIGHT_NEGATIVE': "{area}: il peso dell'obiettivo {objective} è negativo ({weight} in {cell}).",
  'finding.WEIGHT_OVER_100': "{area}: il peso dell'obiettivo {objective} è {weight}, più di 100 ({cell}).",
  'finding.WEIGHTS_SUM': '{area}: i pesi degli obiettivi sommano a {sum} invece di 100 (differenza {diff}).',
  'finding.WEIGHTS_MIXED_FRACTIONS':
    '{area}: alcuni pesi sembrano frazioni ({small}) accanto a pesi in percentuale; la somma è {sum}. Scritti tutti in percentuale (0,25 = 25) sommerebbero a {sumAsPercent}.',
  'finding.TOTAL_MISMATCH':
    'Totale {kind}{where} in {cell}: dichiarato {declared}, ma le righe sommano a {computed} (differenza {diff}).',
  'finding.TOTAL_NOT_NUMBER':
    'Il totale {kind}{where} in {cell} («{text}») non è un numero: non è possibile confrontarlo con le righe.',
  'finding.OBJECTIVE_DUPLICATE_ID':
    '{where}il numero di obiettivo {objective} compare {count} volte ({cells}).',
  'finding.TRANSVERSAL_TITLE_MISMATCH':
    "L'obiettivo trasversale {objective} ha titoli diversi nelle aree: {titles}. Se è lo stesso obiettivo, usa lo stesso titolo; altrimenti, un numero diverso.",
  'finding.PAYMENT_TIMES_WEIGHT':
    '{area}: gli obiettivi sui tempi di pagamento delle fatture ({objectives}) pesano {weight} %, meno del minimo di {min} % (art. 4-bis DL 13/2023).',
  'finding.SUBWEIGHT_NOT_NUMBER':
    'Obiettivo {objective} ({where}): il peso di un indicatore («{text}» in {cell}) non è un numero.',
  'finding.SUBWEIGHT_NEGATIVE':
    'Obiettivo {objective} ({where}): il peso di un indicatore è negativo ({value} in {cell}).',
  'finding.SUBWEIGHTS_PARTIAL':
    'Obiettivo {objective} ({where}): {missing} indicatori su {count} non hanno il peso, gli altri sì. Indica il peso di tutti gli indicatori o di nessuno (pesi uguali).',
  'finding.SUBWEIGHTS_SUM':
    'Obiettivo {objective} ({where}): i pesi degli indicatori sommano a {sum} invece di 100 (differenza {diff}).',
  'finding.STAFF_TABLE_MISSING':
    'Ci sono {count} persone assegnate agli obiettivi ma nessuna tabella del personale: non è possibile controllare nomi e ore settimanali.',
  'finding.ASSIGNMENT_OBJECTIVE_UNKNOWN':
    '{name} è assegnato in {cell} a un obiettivo che non esiste nel piano ({objective}).',
  'finding.ASSIGNEE_UNKNOWN':
    'Obiettivo {objective} ({where}): {name} ({cell}) non è nella tabella del personale.',
  'finding.SHARE_NOT_NUMBER':
    'Obiettivo {objective} ({where}): la quota di {name} («{text}» in {cell}) non è un numero.',
  'finding.SHARE_OUT_OF_RANGE':
    'Obiettivo {objective} ({where}): la quota di {name} è {share} % ({cell}), fuori da 0-100.',
  'finding.SHARES_PARTIAL':
    'Obiettivo {objective} ({where}): {missing} persone su {count} non hanno la quota ({names}), le altre sì. Indica la quota di tutti o di nessuno (quote uguali).',
  'finding.SHARES_SUM':
    'Obiettivo {objective} ({where}): le quote del personale assegnato sommano a {sum} % invece di 100 (differenza {diff}).',
  'finding.HOURS_NOT_NUMBER': '{name}: le ore settimanali («{text}» in {cell}) non sono un numero.',
  'finding.HOURS_NOT_POSITIVE': '{name}: {hours} ore settimanali in {cell}; devono essere più di 0.',
  'finding.HOURS_OVER_FULL_TIME':
    '{name}: {hours} ore settimanali in {cell}, più del tempo pieno di {full} ore.',
  'finding.EVALUATION_NOT_NUMBER': '{name}: la valutazione individuale («{text}» in {cell}) non è un numero.',
  'finding.EVALUATION_OUT_OF_RANGE': '{name}: la valutazione individuale è {value} ({cell}), fuori da 0-100.',
  'finding.EMPLOYEE_DUPLICATE':
    '{name} compare {count} volte nella tabella del personale ({cells}): le assegnazioni non possono distinguere le righe.',
  'finding.RELEVANCE_NOT_NUMBER': '{area}: la rilevanza («{text}» in {cell}) non è un numero.',
  'finding.RELEVANCE_OUT_OF_RANGE': '{area}: la rilevanza è {value} % ({cell}), fuori da 0-100.',
  'finding.RELEVANCE_WITHOUT_OBJECTIVES':
    '{area}: ha una rilevanza del {value} % ({cell}) ma nessun obiettivo; la sua quota di fondo non andrebbe a nessuno.',
  'finding.RELEVANCE_MISSING':
    "{area}: ha {count} obiettivi ma nessuna rilevanza (quota del fondo dell'area).",
  'finding.RELEVANCE_SUM':
    'Le rilevanze delle {count} aree sommano a {sum} % invece di 100 (differenza {diff}).',
  'finding.FIXED_BUDGET_NOT_NUMBER':
    'Obiettivo {objective}: il budget fisso («{text}» in {cell}) non è un importo.',
  'finding.FIXED_BUDGET_NEGATIVE': 'Obiettivo {objective}: il budget fisso è negativo ({amount} in {cell}).',
  'finding.BUDGETS_OVER_FUND':
    'Riserva ({reserve}), budget fissi ({fixed}), fondi a importo ({amounts}) e fondi in percentuale ({percents}) sommano a {total}, oltre il fondo di {fund} (eccedenza {excess}).',
  'finding.CATEGORY_UNKNOWN':
    'Obiettivo {objective} ({where}): la categoria «{text}» ({cell}) non è tra quelle dei parametri ({known}).',
  'finding.HEADCOUNT_INVALID':
    'Obiettivo {objective} ({where}): il numero di dipendenti «{text}» ({cell}) non è un numero intero maggiore di 0.',
  'finding.HEADCOUNT_MISMATCH':
    'Obiettivo {objective} ({where}): N. dip. dichiarato {declared} ({cell}), ma le persone assegnate sono {assigned}.',
  'finding.POINTS_MISMATCH':
    'Obiettivo {objective} ({where}): punti dichiarati {declared} ({cell}), ma la categoria {category} vale {expected} punti nei parametri.',
  'finding.COEFFICIENT_MISMATCH':
    'Obiettivo {objective} ({where}): coefficiente dichiarato {declared} ({cell}), ma per {headcount} dipendenti le fasce dei parametri danno {expected}.',
  'finding.TOTAL_COEFFICIENT_MISMATCH':
    'Obiettivo {objective} ({where}): totale coefficiente dichiarato {declared} ({cell}), ma {points} punti x {coefficient} = {expected}.',
  'finding.POOL_COEFFICIENTS_ZERO':
    'Il fondo «{pool}» si ripartisce per coefficiente, ma i coefficienti dei suoi {count} obiettivi sommano a 0: il suo importo non andrebbe a nessuno.',
  'finding.DATE_INVALID': 'Obiettivo {objective} ({where}): la data «{text}» ({cell}) non esiste.',
  'finding.DATE_UNREADABLE': 'Obiettivo {objective} ({where}): «{text}» ({cell}) non è una data leggibile.',
  'finding.SOGLIA_NOT_NUMBER':
    'Obiettivo {objective} ({where}): la soglia minima («{text}» in {cell}) non è un numero.',
  'finding.SOGLIA_OUT_OF_RANGE':
    'Obiettivo {objective} ({where}): la soglia minima è {value} % ({cell}), fuori da 0-100.',
  'finding.MANUAL_ACHIEVEMENT_NOT_NUMBER':
    'Obiettivo {objective} ({where}): il grado di raggiungimento («{text}» in {cell}) non è un numero.',
  'finding.MANUAL_ACHIEVEMENT_OUT_OF_RANGE':
    'Obiettivo {objective} ({where}): il grado di raggiungimento è {value} % ({cell}), fuori da 0-100.',
  'finding.TARGET_UNREADABLE':
    'Obiettivo {objective} ({where}): il valore atteso «{text}» ({cell}) non è leggibile; serve un grado di raggiungimento inserito a mano.',
  'finding.PARAM_FUND_MISSING':
    'Il fondo non è indicato nei parametri: la ripartizione non potrà essere calcolata.',
  'finding.PARAM_FUND_NEGATIVE': 'Il fondo nei parametri è negativo ({fund}).',
  'finding.PARAM_RESERVE_NEGATIVE': 'La riserva nei parametri è negativa ({reserve}).',
  'finding.PARAM_RESERVE_OVER_FUND': 'La riserva ({reserve}) supera il fondo ({fund}) di {excess}.',
  'finding.PARAM_POOL_AMOUNT_AND_PERCENT':
    'Il fondo «{pool}» ha sia un importo ({amount}) sia una percentuale ({percent} %): indica solo uno dei due.',
  'finding.PARAM_POOL_AMOUNT_NEGATIVE': 'Il fondo «{pool}» ha un importo negativo ({amount}).',
  'finding.PARAM_POOL_PERCENT_OUT_OF_RANGE':
    'Il fondo «{pool}» ha una percentuale di {percent} %, fuori da 0-100.',
  'finding.PARAM_POOL_WITHOUT_AMOUNT':
    '{count} fondi non hanno né importo né percentuale ({pools}): solo uno può prendere ciò che resta.',
  'finding.PARAM_POOL_PERCENTS_OVER_100':
    'Le percentuali dei fondi sommano a {sum} %, oltre 100 di {excess}.',
  'finding.PARAM_CATEGORY_POINTS_NEGATIVE': 'La categoria «{category}» ha punti negativi ({points}).',
  'finding.PARAM_HEADCOUNT_BANDS_FIRST_MIN':
    'La prima fascia di dipendenti parte da {min} invece che da 1: un progetto con meno dipendenti non avrebbe coefficiente.',
  'finding.PARAM_HEADCOUNT_COEFFICIENT_NEGATIVE':
    'La fascia {band} (da {min} dipendenti) ha un coefficiente negativo ({coefficient}).',
  'finding.PARAM_HEADCOUNT_BANDS_DUPLICATE':
    'Le fasce {previousBand} e {band} partono entrambe da {min} dipendenti.',
  'finding.PARAM_HEADCOUNT_BANDS_UNORDERED':
    'La fascia {band} parte da {min} dipendenti, meno della fascia precedente ({previousMin}): le fasce vanno in ordine crescente.',
  'finding.PARAM_PENALTY_OUT_OF_RANGE': 'La penalità per mese di ritardo è {penalty} %, fuori da 0-100.',
  'finding.PARAM_FULL_TIME_HOURS': 'Le ore settimanali del tempo pieno sono {hours}: devono essere più di 0.',
  // --- end validation ---

  // --- scoring: finding.* ---
  'finding.SCORE_MISSING_ACTUAL':
    'Obiettivo {objective} «{title}» ({area}), indicatore «{indicator}»: manca il valore raggiunto. Serve per calcolare il grado di raggiungimento e distribuire il fondo.',
  'finding.SCORE_UNREADABLE_ACTUAL':
    'Obiettivo {objective} «{title}» ({area}), indicatore «{indicator}»: il valore raggiunto «{actual}» non è leggibile. Correggerlo o inserire il grado di raggiungimento.',
  'finding.SCORE_NEEDS_MANUAL':
    'Obiettivo {objective} «{title}» ({area}), indicatore «{indicator}»: il target «{target}» non è leggibile in modo automatico. Inserire a mano il grado di raggiungimento (0-100%).',
  'finding.SCORE_ACTUAL_MISMATCH':
    'Obiettivo {objective} «{title}» ({area}), indicatore «{indicator}»: il valore raggiunto «{actual}» non si confronta con il target «{target}». Correggere il valore o inserire il grado di raggiungimento.',
  'finding.SCORE_NO_ACHIEVEMENT':
    'Obiettivo {objective} «{title}» ({area}): non ha indicatori né un grado di raggiungimento inserito, quindi non si può calcolare quanto pagare.',
  'finding.PARAM_CURVE_EMPTY':
    'La curva di pagamento non ha fasce: si paga in proporzione al raggiungimento.',
  'finding.PARAM_CURVE_START':
    'La curva di pagamento parte da {from}% invece che da 0%: i raggiungimenti sotto {from}% non cadono in nessuna fascia.',
  'finding.PARAM_CURVE_ORDER':
    'Curva di pagamento, fascia {band}: parte da {from}%, prima della fascia precedente ({previousFrom}%). Le fasce vanno in ordine crescente.',
  'finding.PARAM_CURVE_DUPLICATE':
    'Curva di pagamento, fascia {band}: parte da {from}% come la fascia {previousBand}. Due fasce non possono avere lo stesso inizio.',
  'finding.PARAM_CURVE_FROM_RANGE':
    "Curva di pagamento, fascia {band}: l'inizio {from} è fuori dall'intervallo 0-100%.",
  'finding.PARAM_CURVE_PAYOUT_RANGE':
    "Curva di pagamento, fascia {band}: il pagamento fisso {payout}% è fuori dall'intervallo 0-100%.",
  'finding.PARAM_CURVE_DECREASING':
    'Curva di pagamento, fascia {band}: a {from}% paga {above}%, meno dei {below}% pagati appena sotto. Chi raggiunge di più riceverebbe di meno.',
  'scoring.allAreas': 'tutte le aree',
  'scoring.manual': 'grado di raggiungimento inserito: {achievement}%',
  'scoring.unreadableTarget': 'target non leggibile («{target}»): serve il grado di raggiungimento',
  'scoring.manualTarget': 'target non misurabile («{target}»): serve il grado di raggiungimento',
  'scoring.missingActual': 'manca il valore raggiunto',
  'scoring.unreadableActual': 'valore raggiunto non leggibile («{actual}»)',
  'scoring.actualMismatch':
    'valore raggiunto «{actual}» non confrontabile con il target «{target}»: serve il grado di raggiungimento',
  'scoring.atLeast': '{actual}{unit} su {target}{unit} (almeno): {achievement}%',
  'scoring.atMostMet': '{actual}{unit} (al massimo {target}{unit}): raggiunto, 100%',
  'scoring.atMostMissed': '{actual}{unit} (al massimo {target}{unit}): non raggiunto, 0%',
  'scoring.atMostStrictMet': '{actual}{unit} (meno di {target}{unit}): raggiunto, 100%',
  'scoring.atMostStrictMissed': '{actual}{unit} (meno di {target}{unit}): non raggiunto, 0%',
  'scoring.atMostProportional': '{actual}{unit} con massimo {target}{unit} (proporzionale): {achievement}%',
  'scoring.yes': 'SÌ: raggiunto, 100%',
  'scoring.no': 'NO: non raggiunto, 0%',
  'scoring.doneOn': 'realizzato il {date}: 100%',
  'scoring.notDone': 'non completato (NO): 0%',
  'scoring.doneNoDate': 'completato (SÌ, senza data), scadenza {deadline}: considerato nei tempi, 100%',
  'scoring.onTime': 'completato il {completion}, scadenza {deadline}: nei tempi, {achievement}%',
  'scoring.delayOne': '1 mese di ritardo, -{penalty}%',
  'scoring.delayMany': '{months} mesi di ritardo, -{penalty}%',
  'scoring.late': 'completato il {completion}, scadenza {deadline}: {delay}: {achievement}%',
  'scoring.withLate': '{base}; {late}',
  // --- end scoring ---

  // --- distribution: finding.*, distribution.* ---
  'distribution.pool.fixed': 'Budget dedicati',
  'distribution.pool.default': 'Fondo',
  'distribution.area.none': 'obiettivi senza area',
  'distribution.trail.fund':
    'Fondo {fund} €, riserva {reserve} €, budget dedicati {fixed} €: restano {remaining} € per i pool',
  'distribution.trail.poolAll': 'Pool «{pool}»: tutto l\'importo disponibile, {amount} €',
  'distribution.trail.poolAmount': 'Pool «{pool}»: importo stabilito di {amount} €',
  'distribution.trail.poolPercent': 'Pool «{pool}»: {percent} % di {base} € = {amount} €',
  'distribution.trail.poolRest': 'Pool «{pool}»: quanto resta dopo gli altri pool, {amount} €',
  'distribution.trail.fixed': 'Budget dedicato all\'obiettivo: {amount} €',
  'distribution.trail.coefficient':
    'Coefficiente: categoria {category} ({points} punti) × {headcount} dipendenti (coefficiente {band}) = {coefficient}; {coefficient} su {sum} del pool = {amount} €',
  'distribution.trail.relevance': 'Area {area}: rilevanza {relevance} % su {sum} % = {amount} €',
  'distribution.trail.areaEqual': 'Area {area}: parte uguale, 1 di {areas} aree = {amount} €',
  'distribution.trail.weight': 'Peso {weight} su {sum} nell\'area {area} = {amount} €',
  'distribution.trail.achievement':
    'Raggiungimento effettivo {achievement} %: pagati {paid} € su {allocated} €, economie {economie} €',
  'distribution.trail.redistribution':
    'Economie del pool ridistribuite agli obiettivi raggiunti al 100 %: {amount} € in più',
  'distribution.trail.share': '{employee}: quota {share} %',
  'distribution.trail.shareEqual': '{employee}: quota uguale, 1 di {count} dipendenti',
  'distribution.trail.hours': 'Ore settimanali {hours} su {fullTime}',
  'distribution.trail.evaluation': 'Valutazione individuale {evaluation} %',
  'distribution.trail.absence': 'Giorni di assenza {days}: quota ridotta al {factor} %',
  'distribution.trail.employeeAmount': 'Quota finale {share} % di {paid} € = {amount} €',
  'finding.DIST_NO_FUND':
    'Manca l\'importo del fondo nei parametri: la distribuzione non può essere calcolata.',
  'finding.DIST_DUPLICATE_KEY':
    'L\'obiettivo {objective} dell\'area {area} compare {count} volte: la distribuzione non sa a quale riga pagare.',
  'finding.DIST_NEGATIVE_RESERVE': 'La riserva è negativa ({amount} €): la distribuzione non può essere calcolata.',
  'finding.DIST_NEGATIVE_FIXED_BUDGET':
    'Obiettivo {objective}: il budget dedicato è negativo ({amount} €), la distribuzione non può essere calcolata.',
  'finding.DIST_NEGATIVE_POOL':
    'Il pool «{pool}» ha un importo o una percentuale negativa ({value}): la distribuzione non può essere calcolata.',
  'finding.DIST_POOL_AMOUNT_AND_PERCENT':
    'Il pool «{pool}» ha sia un importo ({amount} €) sia una percentuale ({percent} %): indicane uno solo.',
  'finding.DIST_OVER_FUND':
    'Riserva ({reserve} €), budget dedicati ({fixed} €) e pool ({pools} €) sommano {committed} €, più del fondo di {fund} €: eccedenza di {excess} €.',
  'finding.DIST_MISSING_ACHIEVEMENT':
    'Obiettivo {objective} «{title}»: manca il grado di raggiungimento (valore raggiunto assente o da inserire a mano), quindi non si sa quanto pagare.',
  'finding.DIST_MISSING_CATEGORY':
    'Obiettivo {objective} «{title}»: manca la categoria del progetto, necessaria per il coefficiente del pool «{pool}».',
  'finding.DIST_UNKNOWN_CATEGORY':
    'Obiettivo {objective} «{title}»: la categoria «{category}» non ha un punteggio nei parametri, quindi manca il coefficiente per il pool «{pool}».',
  'finding.DIST_MISSING_HEADCOUNT':
    'Obiettivo {objective} «{title}»: manca il numero di dipendenti coinvolti (N. dip.), necessario per il coefficiente del pool «{pool}».',
  'finding.DIST_ZERO_COEFFICIENTS':
    'Nel pool «{pool}» i coefficienti dei progetti sommano a 0: i {amount} € del pool non si possono ripartire.',
  'finding.DIST_MISSING_RELEVANCE':
    'L\'area «{area}» non ha una rilevanza, ma il pool «{pool}» si ripartisce tra le aree per rilevanza.',
  'finding.DIST_ZERO_RELEVANCE':
    'Nel pool «{pool}» le rilevanze delle aree sommano a 0: i {amount} € del pool non si possono ripartire.',
  'finding.DIST_UNIT_WITHOUT_AREA':
    'Obiettivo {objective} «{title}»: non appartiene a un\'area, ma il pool «{pool}» si ripartisce tra le aree per rilevanza.',
  'finding.DIST_MISSING_WEIGHT':
    'Obiettivo {objective} «{title}» (area {area}): manca il peso, necessario per ripartire la quota dell\'area.',
  'finding.DIST_ZERO_WEIGHTS':
    'Area {area}, pool «{pool}»: i pesi degli obiettivi sommano a 0, i {amount} € dell\'area non si possono ripartire.',
  'finding.DIST_MISSING_EVALUATION':
    '{employee}, assegnato all\'obiettivo {objective}: manca la valutazione individuale, che i parametri chiedono di applicare.',
  'finding.DIST_UNIT_WITHOUT_STAFF':
    'Obiettivo {objective} «{title}»: {amount} € da pagare ma nessun dipendente assegnato; l\'importo resta sull\'obiettivo.',
  'finding.DIST_STAFF_WEIGHT_ZERO':
    'Obiettivo {objective} «{title}»: tutti i dipendenti assegnati hanno quota 0 (ore, valutazione o assenze); {amount} € restano sull\'obiettivo.',
  'finding.DIST_OBJECTIVE_OUTSIDE_POOLS':
    'Obiettivo {objective} «{title}» (tipologia {tipologia}): nessun pool lo comprende, quindi non riceve importi.',
  'finding.DIST_EMPTY_POOL':
    'Il pool «{pool}» non contiene obiettivi: i suoi {amount} € restano non assegnati.',
  'finding.DIST_UNASSIGNED': '{amount} € del fondo (dopo la riserva) non vanno a nessun obiettivo.',
  'finding.DIST_DIFFERENTIATION':
    'Differenziazione dei premi (art. 69 CCNL 21/5/2018): {count} dipendenti su {employees} ({percent} %) ricevono almeno {threshold} €, cioè il {premium} % in più della media di {average} €; il minimo previsto è il {minPercent} % del personale.',
  // --- end distribution ---

  // --- ui: ui.* ---
  'ui.pane.tagline': 'Le pesature, i punteggi e la distribuzione del fondo, dal tuo foglio di lavoro.',
  'ui.workbench.tagline': 'Banco di prova: il riquadro di Premia su una cartella .xlsx, senza Excel.',
  // --- end ui ---
};
