import type { Catalogue } from './index';

/** Italian catalogue (default language). Flat keys; each owner keeps to its section. */
export const it: Catalogue = {
  'app.name': 'Premia',

  // --- areas named inside sentences (areaLabel in index.ts) ---
  'area.label': 'area {name}',
  'area.none': 'obiettivi senza area',

  // --- values (parsing problems): finding.PARSE_* ---
  'finding.PARSE_EMPTY': 'Cella {cell}: è vuota ma serve un valore.',
  'finding.PARSE_ERROR_VALUE':
    "Cella {cell}: contiene l'errore di Excel {text}; correggere la formula o il valore.",
  'finding.PARSE_NOT_A_NUMBER': 'Cella {cell}: «{text}» non è un numero.',
  'finding.PARSE_NEGATIVE': "Cella {cell}: l'importo «{text}» è negativo.",
  'finding.PARSE_OUT_OF_RANGE': 'Cella {cell}: «{text}» è un numero troppo grande per essere un importo.',
  'finding.PARSE_NOT_A_BOOLEAN': 'Cella {cell}: «{text}» non è né SÌ né NO.',
  'finding.PARSE_UNREADABLE_DATE':
    'Cella {cell}: «{text}» non è una data leggibile; scrivere giorno, mese e anno (es. 31/12/2023).',
  'finding.PARSE_IMPOSSIBLE_DATE': 'Cella {cell}: la data «{text}» non esiste nel calendario.',
  'finding.PARSE_UNREADABLE_TARGET': 'Cella {cell}: il valore atteso «{text}» non si può misurare.',
  'finding.PARSE_UNREADABLE_ACTUAL':
    'Cella {cell}: il valore raggiunto «{text}» non è leggibile come numero, data o SÌ/NO.',
  'finding.PARSE_UNKNOWN_CATEGORY': 'Cella {cell}: la categoria «{text}» non è tra quelle dei parametri.',
  'finding.PARSE_UNREADABLE_ASSIGNMENTS':
    'Cella {cell}: in «{text}» non si riconoscono i nomi dei dipendenti e le loro quote (es. «Mario Rossi 60%, Anna Bianchi 40%»).',
  'finding.PARSE_NOT_CALCULATED':
    '{cell}: la formula non ha un valore calcolato; aprire il file in Excel e salvarlo, oppure ricalcolare e salvare.',
  'finding.PARSE_DATE_WITHOUT_YEAR':
    "{cell}: la data «{text}» non indica l'anno e l'anno del piano non è indicato (parametro «Anno» del foglio «Parametri Premia»).",
  // --- end values ---

  // --- reader (src/workbook/reader): finding.READ_* ---
  'finding.READ_NO_TABLES':
    'Nessuna tabella riconosciuta nella cartella di lavoro: Premia cerca righe di intestazione come «N. | Obiettivo | Peso %» o «Cognome e nome | Ore settimanali». Controllare le intestazioni delle tabelle.',
  'finding.READ_TABLE_EMPTY':
    "{cell}: sotto questa intestazione non c'è nessuna riga di dati, quindi dalla tabella non viene letto nulla.",
  'finding.READ_CATEGORY_POINTS_FROM_HEADER':
    "{cell}: i parametri non fissano i punti delle categorie, quindi vale l'intestazione della tabella: «{category}» vale {points} punti. Se non è così, indicarli nel foglio dei parametri.",
  'finding.READ_CATEGORY_POINTS_DIFFER':
    "{cell}: l'intestazione dice che «{category}» vale {header} punti, ma i parametri dicono {params}; Premia usa i parametri. Correggere l'una o gli altri.",
  'finding.READ_AREA_NAME_MATCHED':
    "{cell}: l'area «{name}» è letta come l'area «{area}» degli obiettivi (nomi diversi della stessa area). Se sono aree diverse, correggere il nome.",
  'finding.READ_AREA_UNMATCHED':
    "{cell}: l'area «{name}» non corrisponde a nessuna area degli obiettivi ({known}); il suo personale non riceve gli obiettivi d'area. Correggere il nome dell'area.",
  'finding.READ_AREA_UNMATCHED_GUESS':
    "{cell}: l'area «{name}» non corrisponde a nessuna area degli obiettivi; forse intendevi «{guess}»? Aree degli obiettivi: {known}. Il suo personale non riceve gli obiettivi d'area finché il nome non coincide.",
  'finding.READ_EMPLOYEE_IN_TWO_LISTS':
    '{cell}: {name} è anche in un altro elenco del personale ({area:area}, {first}): Premia lo conta una volta sola, con le ore del primo elenco.',
  'finding.READ_TRANSVERSAL_LIST':
    "{cell}: elenco degli obiettivi trasversali ({ids}), con pesi che sommano a {sum}: Premia lo legge come elenco, non come i pesi di un'area; contano i pesi che ogni area dà a questi obiettivi. Se è la pesatura di un'area, indicarla nel riquadro «Tabelle».",
  'finding.READ_TRANSVERSAL_NOT_WEIGHTED':
    "{cell}: l'obiettivo trasversale {id} è nell'elenco ma nessuna area gli dà un peso: non riceve quote del fondo.",
  'finding.READ_ALL_AREAS_SPREAD':
    "{cell}: l'obiettivo {objective} è scritto per «{written}»: Premia lo conta come obiettivo {id} in ognuna delle {count} aree degli obiettivi ({areas}), con i suoi indicatori e il suo personale. Se vale solo per alcune aree, indicarle.",
  'finding.READ_ALL_AREAS_SPREAD.one':
    "{cell}: l'obiettivo {objective} è scritto per «{written}»: Premia lo conta come obiettivo {id} nell'unica area degli obiettivi ({areas}), con i suoi indicatori e il suo personale.",
  'finding.READ_ASSIGNEES_ROLE_SET_ASIDE':
    "{cell}: «{role}» è letto come il ruolo del responsabile, non come una persona con una quota; l'obiettivo va a {people}.",
  'finding.READ_SHARES_NORMALISED':
    '{cell}: le quote {written} superano 100 e una è 100: sono lette come proporzioni, cioè {read}. Se non è così, scrivere quote che sommano a 100.',
  'finding.READ_ASSIGNEE_NAME_MATCHED':
    "{cell}: «{written}» è letto come {name}, l'unica persona del personale con questo nome. Se è un'altra persona, scriverne il nome completo.",
  'finding.READ_ASSIGNEES_ROLES_OUTSIDE':
    "{cell}: «{roles}»: ruoli che non sono personale del fondo (hanno una retribuzione di risultato propria). Premia paga tutto il personale dell'area e li mette da parte.",
  'finding.READ_DUPLICATE_COLUMN':
    '{cell}: la colonna «{label}» ripete il significato della colonna {first}; Premia legge solo la prima e ignora questa.',
  'finding.READ_ROWS_AFTER_BLANK':
    "{cell}: queste righe vengono dopo la riga vuota che chiude la tabella con l'intestazione in {table} e sembrano sue righe di dati, ma non vengono lette. Se ne fanno parte, togliere le righe vuote in mezzo; se no, metterci sopra un titolo o un'intestazione.",
  'finding.READ_MERGED_VALUE_REPEATED':
    '{cell}: la cella unita vale {value} e copre {count} righe, quindi il valore conta una volta per ogni riga (in tutto {total}). Se è un valore solo, separare le celle.',
  'finding.READ_OBJECTIVE_NOT_FOUND':
    "{cell}: l'obiettivo «{objective}» non si trova tra gli obiettivi letti; controllare il numero o il titolo.",
  'finding.READ_ASSIGNEES_UNREADABLE':
    "{cell}: l'assegnazione «{text}» non si legge per intero. Letto: {understood}; non letto: «{rest}». Nessuno è pagato per questo obiettivo finché la cella non è corretta (scrivere solo nomi e quote, es. «Mario Rossi 60%, Anna Bianchi 40%», oppure «Tutto il personale»); il resto del piano è distribuito.",
  'finding.READ_ASSIGNEES_AREA_UNKNOWN':
    "{cell}: «{named}» non è l'area di nessun dipendente della tabella del personale; l'obiettivo va a tutto il personale della sua area, {area}. Se si intende un'altra area, scriverne il nome come nella tabella del personale.",
  'finding.READ_FRACTION_AMBIGUOUS':
    '{cell}: {value} è tra 0 e 1, mentre altri valori della colonna sono percentuali; viene letto come {value} %. Se significa {percent} %, scrivere «{percent}%» o formattare la cella come percentuale.',
  'finding.DEADLINE_IN_TEXT':
    "{cell}: la scadenza dell'obiettivo {objective} è letta dal testo «{text}»: {date}.",
  'finding.READ_WEIGHT_CONFLICT':
    "{cell}: il peso {value} è diverso da quello già indicato per l'obiettivo {objective} ({first} in {firstCell}). Lasciare un solo peso per obiettivo.",
  'finding.READ_TARGET_ZERO_AMBIGUOUS':
    "{cell}: il valore atteso è 0 senza dire se è un minimo o un massimo («{indicator}»). Letto come «almeno 0», è sempre raggiunto qualunque sia il risultato. Se l'indicatore conta problemi (errori, reclami...), scrivere «massimo 0»; se no, «almeno 0» o il valore da raggiungere.",
  'finding.READ_TARGET_PROBLEMS_AT_LEAST':
    "{cell}: l'indicatore «{indicator}» conta problemi, ma il valore atteso non dice se è un minimo o un massimo; è letto come minimo («almeno»), quindi più problemi danno un risultato più alto. Se è un massimo, scrivere «massimo» o «<=» prima del numero.",
  'finding.READ_VALUES_BESIDE_HEADER':
    "{cell}: sotto «{label}» non c'è nessun valore; Premia legge quelli della colonna {column}, accanto, che nessuna intestazione reclama. Se non sono questi, correggere la tabella.",
  'finding.READ_FORMULA_NOT_CALCULATED':
    '{cells}: formula senza valore calcolato. Il file è stato salvato senza ricalcolare le formule (di solito da un programma diverso da Excel), quindi Premia non ne conosce il valore. Aprire il file in Excel e salvarlo, oppure ricalcolare e salvare, poi ripetere.',
  'finding.READ_HIDDEN_SHEET_SKIPPED':
    'Il foglio «{sheet}» è nascosto e non viene letto, ma contiene tabelle del piano (tabelle riconoscibili: {tables}). Se quei dati servono, scoprire il foglio (clic destro su una scheda › Scopri) e ripetere; se è un foglio vecchio, non serve fare nulla.',
  // --- end reader ---

  // --- validation: finding.* ---
  'validation.kind.weights': 'dei pesi degli obiettivi',
  'validation.kind.transversal': "dell'elenco degli obiettivi trasversali",
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
  'finding.SUBWEIGHTS_PARTIAL.one':
    'Obiettivo {objective} ({where}): 1 indicatore su {count} non ha il peso, gli altri sì. Indica il peso di tutti gli indicatori o di nessuno (pesi uguali).',
  'finding.SUBWEIGHTS_SUM':
    'Obiettivo {objective} ({where}): i pesi degli indicatori sommano a {sum} invece di 100 (differenza {diff}).',
  'finding.STAFF_TABLE_MISSING':
    'Ci sono {count} persone assegnate agli obiettivi ma nessuna tabella del personale: non è possibile controllare nomi e ore settimanali.',
  'finding.STAFF_TABLE_MISSING.one':
    "C'è 1 persona assegnata agli obiettivi ma nessuna tabella del personale: non è possibile controllare nome e ore settimanali.",
  'finding.ASSIGNMENT_OBJECTIVE_UNKNOWN':
    '{name} è assegnato in {cell} a un obiettivo che non esiste nel piano ({objective}).',
  'finding.ASSIGNEE_UNKNOWN':
    'Obiettivo {objective} ({where}): {name} ({cell}) non è nella tabella del personale.',
  'finding.ASSIGNEE_UNKNOWN.suggestion':
    'Obiettivo {objective} ({where}): {name} ({cell}) non è nella tabella del personale; forse intendevi {suggestion}?',
  'finding.SHARE_NOT_NUMBER':
    'Obiettivo {objective} ({where}): la quota di {name} («{text}» in {cell}) non è un numero.',
  'finding.SHARE_OUT_OF_RANGE':
    'Obiettivo {objective} ({where}): la quota di {name} è {share} % ({cell}), fuori da 0-100.',
  'finding.SHARES_PARTIAL':
    'Obiettivo {objective} ({where}): {missing} persone su {count} non hanno la quota ({names}), le altre sì. Indica la quota di tutti o di nessuno (quote uguali).',
  'finding.SHARES_PARTIAL.one':
    'Obiettivo {objective} ({where}): 1 persona su {count} non ha la quota ({names}), le altre sì. Indica la quota di tutti o di nessuno (quote uguali).',
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
  'finding.RELEVANCE_MISSING.one': "{area}: ha 1 obiettivo ma nessuna rilevanza (quota del fondo dell'area).",
  'finding.RELEVANCE_SUM':
    'Le rilevanze delle {count} aree sommano a {sum} % invece di 100 (differenza {diff}).',
  'finding.RELEVANCE_SUM.one': "La rilevanza dell'unica area è {sum} % invece di 100 (differenza {diff}).",
  'finding.FIXED_BUDGET_NOT_NUMBER':
    'Obiettivo {objective}: il budget fisso («{text}» in {cell}) non è un importo.',
  'finding.FIXED_BUDGET_NEGATIVE': 'Obiettivo {objective}: il budget fisso è negativo ({amount} in {cell}).',
  'finding.BUDGETS_OVER_FUND':
    'Riserva ({reserve}), budget fissi ({fixed}), fondi a importo ({amounts}) e fondi in percentuale ({percents}) sommano a {total}, oltre il fondo di {fund} (eccedenza {excess}).',
  'finding.CATEGORY_EMPTY':
    'Progetto {objective} ({where}): la categoria ({cell}) è vuota, ma il pool «{pool}» si ripartisce per coefficiente (punti della categoria × fascia del N. dip.). Indica la categoria, oppure un importo stanziato se il progetto ha un budget proprio (per esempio a presenze).',
  'finding.TIPOLOGIA_UNKNOWN':
    'Progetto {objective} ({where}): la tipologia «{text}» ({cell}) non è tra quelle dei pool ({known}); va nel pool «{pool}», che prende tutto il resto.',
  'finding.TIPOLOGIA_UNKNOWN_NO_POOL':
    'Progetto {objective} ({where}): la tipologia «{text}» ({cell}) non è tra quelle dei pool ({known}); nessun pool lo comprende, quindi non riceve importi.',
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
  'finding.COEFFICIENT_MISMATCH.one':
    'Obiettivo {objective} ({where}): coefficiente dichiarato {declared} ({cell}), ma per 1 dipendente le fasce dei parametri danno {expected}.',
  'finding.TOTAL_COEFFICIENT_MISMATCH':
    'Obiettivo {objective} ({where}): totale coefficiente dichiarato {declared} ({cell}), ma {points} punti x {coefficient} = {expected}.',
  'finding.POOL_COEFFICIENTS_ZERO':
    'Il fondo «{pool}» si ripartisce per coefficiente, ma i coefficienti dei suoi {count} obiettivi sommano a 0: il suo importo non andrebbe a nessuno.',
  'finding.POOL_COEFFICIENTS_ZERO.one':
    'Il fondo «{pool}» si ripartisce per coefficiente, ma il coefficiente del suo unico obiettivo è 0: il suo importo non andrebbe a nessuno.',
  'finding.DATE_INVALID': 'Obiettivo {objective} ({where}): la data «{text}» ({cell}) non esiste.',
  'finding.DATE_NO_YEAR':
    "Obiettivo {objective} ({where}): la data «{text}» ({cell}) non indica l'anno, e l'anno del piano non è indicato. Scrivere l'anno nel parametro «Anno» del foglio «Parametri Premia», oppure nella data (es. «31/10/2025»).",
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
  'finding.SCORE_SUSPENDED':
    "Obiettivo {objective} «{title}» ({area}): è sospeso ({cell}), quindi Premia non lo valuta dagli indicatori e non lo paga senza una decisione. Inserire a mano il grado di raggiungimento (0-100%) deciso per l'obiettivo sospeso, oppure toglierlo dal piano e ridistribuirne il peso.",
  'finding.DEADLINE_SUSPENDED':
    "{cell}: «{text}» dice che l'obiettivo {objective} ({area}) è sospeso, non una scadenza. Premia non lo valuta dagli indicatori: per pagarlo serve un grado di raggiungimento inserito a mano.",
  'finding.DEADLINE_SEVERAL_DATES':
    '{cell}: «{text}» contiene {count} date, lette come una scadenza per indicatore; se gli indicatori non sono tanti quante le date, vale per tutti la più tarda ({latest}).',
  'finding.DEADLINE_NOT_A_DATE':
    '{cell}: «{text}» non è una data ma una regola (obiettivo {objective}, {area}): il rispetto dei tempi va valutato a mano.',
  'finding.BUDGET_FROM_TEXT':
    "{cell}: «{text}» letto come budget dell'obiettivo {objective} ({area}): {amount}, pagato al raggiungimento del 100%. Se non è così, scriverlo in una colonna Budget.",
  'finding.PENALTY_FROM_TEXT':
    "{cell}: «{text}» letto come penalità di ritardo dell'obiettivo {objective} ({area}): {percent} % per ogni mese di ritardo, al posto di quella dei parametri ({param} %).",
  'finding.WEIGHTS_EQUAL_ASSUMED':
    '{cell}: gli obiettivi di {area} ({count}) non hanno peso; Premia li considera di peso uguale ({weight} % ciascuno). Se non è così, indicare i pesi.',
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
  'distribution.trail.fund':
    'Fondo {fund} €, riserva {reserve} €, budget dedicati {fixed} €: restano {remaining} € per i pool',
  'distribution.trail.poolAll': "Pool «{pool}»: tutto l'importo disponibile, {amount} €",
  'distribution.trail.poolAmount': 'Pool «{pool}»: importo stabilito di {amount} €',
  'distribution.trail.poolPercent': 'Pool «{pool}»: {percent} % di {base} € = {amount} €',
  'distribution.trail.poolRest': 'Pool «{pool}»: quanto resta dopo gli altri pool, {amount} €',
  'distribution.trail.fixed': "Budget dedicato all'obiettivo: {amount} €",
  'distribution.trail.coefficient':
    'Coefficiente: categoria {category} ({points} punti) × {headcount} dipendenti (coefficiente {band}) = {coefficient}; {coefficient} su {sum} del pool = {amount} €',
  'distribution.trail.coefficient.one':
    'Coefficiente: categoria {category} ({points} punti) × 1 dipendente (coefficiente {band}) = {coefficient}; {coefficient} su {sum} del pool = {amount} €',
  'distribution.trail.relevance': '{area:Area}: rilevanza {relevance} % su {sum} % = {amount} €',
  'distribution.trail.areaEqual': '{area:Area}: parte uguale, 1 di {areas} aree = {amount} €',
  'distribution.trail.areaEqual.one': "{area:Area}: unica area, tutto l'importo = {amount} €",
  'distribution.trail.weight': 'Peso {weight} su {sum} ({area:area}) = {amount} €',
  'distribution.trail.achievement':
    'Raggiungimento effettivo {achievement} %: pagati {paid} € su {allocated} €, economie {economie} €',
  'distribution.trail.redistribution':
    'Economie del pool ridistribuite agli obiettivi raggiunti al 100 %: {amount} € in più',
  'distribution.trail.share': '{employee}: quota {share} %',
  'distribution.trail.shareEqual': '{employee}: quota uguale, 1 di {count} dipendenti',
  'distribution.trail.shareEqual.one': '{employee}: unico dipendente, quota intera',
  'distribution.trail.shareAreaRule':
    "{employee}: tutto il personale dell'area, perché nessuno è indicato per nome; quota uguale, 1 di {count} dipendenti",
  'distribution.trail.shareAreaRule.one':
    "{employee}: tutto il personale dell'area, perché nessuno è indicato per nome; unico dipendente, quota intera",
  'distribution.trail.hours': 'Ore settimanali {hours} su {fullTime}',
  'distribution.trail.evaluation': 'Valutazione individuale {evaluation} %',
  'distribution.trail.evaluationPending':
    'Valutazione individuale non ancora data: quota piena ({evaluation} %)',
  'distribution.trail.absence': 'Giorni di assenza {days}: quota ridotta al {factor} %',
  'distribution.trail.employeeAmount': 'Quota finale {share} % di {paid} € = {amount} €',
  'distribution.trail.employeePotential':
    'Quota potenziale {share} % dello stanziamento di {allocated} € = {amount} €',
  'finding.DIST_NO_FUND':
    "Manca l'importo del fondo nei parametri: la distribuzione non può essere calcolata.",
  'finding.DIST_DUPLICATE_KEY':
    "L'obiettivo {objective} ({area:area}) compare {count} volte: la distribuzione non sa a quale riga pagare.",
  'finding.DIST_NEGATIVE_RESERVE':
    'La riserva è negativa ({amount} €): la distribuzione non può essere calcolata.',
  'finding.DIST_NEGATIVE_FIXED_BUDGET':
    'Obiettivo {objective}: il budget dedicato è negativo ({amount} €), la distribuzione non può essere calcolata.',
  'finding.DIST_NEGATIVE_POOL':
    'Il pool «{pool}» ha un importo o una percentuale negativa ({value}): la distribuzione non può essere calcolata.',
  'finding.DIST_POOL_AMOUNT_AND_PERCENT':
    'Il pool «{pool}» ha sia un importo ({amount} €) sia una percentuale ({percent} %): indicane uno solo.',
  'finding.DIST_OVER_FUND':
    'Riserva ({reserve} €), budget dedicati ({fixed} €) e pool ({pools} €) sommano {committed} €, più del fondo di {fund} €: eccedenza di {excess} €.',
  'finding.DIST_MISSING_ACHIEVEMENT':
    'Obiettivo {objective} «{title}» ({where}): manca il grado di raggiungimento (valore raggiunto assente o da inserire a mano), quindi non si sa quanto pagare.',
  'finding.DIST_MISSING_CATEGORY':
    'Obiettivo {objective} «{title}»: manca la categoria del progetto, necessaria per il coefficiente del pool «{pool}».',
  'finding.DIST_UNKNOWN_CATEGORY':
    'Obiettivo {objective} «{title}»: la categoria «{category}» non ha un punteggio nei parametri, quindi manca il coefficiente per il pool «{pool}».',
  'finding.DIST_MISSING_HEADCOUNT':
    'Obiettivo {objective} «{title}»: manca il numero di dipendenti coinvolti (N. dip.), necessario per il coefficiente del pool «{pool}».',
  'finding.DIST_ZERO_COEFFICIENTS':
    'Nel pool «{pool}» i coefficienti dei progetti sommano a 0: i {amount} € del pool non si possono ripartire.',
  'finding.DIST_MISSING_RELEVANCE':
    "L'area «{area}» non ha una rilevanza, ma il pool «{pool}» si ripartisce tra le aree per rilevanza.",
  'finding.DIST_RELEVANCE_AREA_OUTSIDE_POOL':
    "L'area «{area}» ha rilevanza {relevance} % ma nessun obiettivo nel pool «{pool}»: il pool si ripartisce tra le altre aree in proporzione alle loro rilevanze (che sommano a {sum} %), quindi ricevono più della loro rilevanza.",
  'finding.DIST_ZERO_RELEVANCE':
    'Nel pool «{pool}» le rilevanze delle aree sommano a 0: i {amount} € del pool non si possono ripartire.',
  'finding.DIST_UNIT_WITHOUT_AREA':
    "Obiettivo {objective} «{title}»: non appartiene a un'area, ma il pool «{pool}» si ripartisce tra le aree per rilevanza.",
  'finding.DIST_MISSING_WEIGHT':
    "Obiettivo {objective} «{title}» ({area:area}): manca il peso, necessario per ripartire la quota dell'area.",
  'finding.DIST_ZERO_WEIGHTS':
    "{area:Area}, pool «{pool}»: i pesi degli obiettivi sommano a 0, i {amount} € dell'area non si possono ripartire.",
  'finding.DIST_MISSING_EVALUATION':
    "{employee}, assegnato all'obiettivo {objective}: manca la valutazione individuale, che i parametri chiedono di applicare.",
  'finding.DIST_UNIT_WITHOUT_STAFF':
    "Obiettivo {objective} «{title}»: {amount} € da pagare ma nessun dipendente assegnato; l'importo resta sull'obiettivo.",
  'finding.DIST_STAFF_WEIGHT_ZERO':
    "Obiettivo {objective} «{title}»: tutti i dipendenti assegnati hanno quota 0 (ore, valutazione o assenze); {amount} € restano sull'obiettivo.",
  'finding.DIST_OBJECTIVE_OUTSIDE_POOLS':
    'Obiettivo {objective} «{title}» (tipologia {tipologia}): nessun pool lo comprende, quindi non riceve importi.',
  'finding.DIST_PAYMENT_WAITS':
    'Nessun obiettivo ha ancora un grado di raggiungimento: questa è la ripartizione preventiva (stanziamento per progetto, area, obiettivo e quota potenziale di ciascun dipendente). La liquidazione si calcola quando ci sono i raggiungimenti.',
  'finding.DIST_DECLARED_AMOUNT_ROUNDING':
    "Progetto {objective} «{title}», pool «{pool}»: l'importo stanziato indicato ({declared} €) differisce di {difference} € da quello calcolato ({computed} €), per un arrotondamento. Vale l'importo calcolato, che fa tornare il totale del pool al centesimo.",
  'finding.DIST_DECLARED_AMOUNT_MISMATCH':
    "Progetto {objective} «{title}», pool «{pool}»: l'importo stanziato indicato ({declared} €) differisce di {difference} € da quello calcolato dal coefficiente ({computed} €). Controlla l'importo del pool, i punti della categoria e le fasce del N. dip. nei parametri: la liquidazione resta sospesa finché i due importi non coincidono.",
  'finding.DIST_EMPTY_POOL':
    'Il pool «{pool}» non contiene obiettivi: i suoi {amount} € restano non assegnati.',
  'finding.DIST_UNASSIGNED': '{amount} € del fondo (dopo la riserva) non vanno a nessun obiettivo.',
  'finding.DIST_DIFFERENTIATION':
    'Differenziazione dei premi (art. 69 CCNL 21/5/2018): {count} dipendenti su {employees} ({percent} %) ricevono almeno {threshold} €, cioè il {premium} % in più della media di {average} €; il minimo previsto è il {minPercent} % del personale.',
  'finding.DIST_DIFFERENTIATION.one':
    'Differenziazione dei premi (art. 69 CCNL 21/5/2018): 1 dipendente su {employees} ({percent} %) riceve almeno {threshold} €, cioè il {premium} % in più della media di {average} €; il minimo previsto è il {minPercent} % del personale.',
  // --- end distribution ---

  // --- recognition notes (src/workbook/recognize/notes.ts): recognize.<CODE> ---
  // Worded "what: where" so that one line can list several rows, cells or columns.
  'recognize.HEADER_MATCHED': 'intestazione riconosciuta in {header}',
  'recognize.DUPLICATE_COLUMN':
    'colonne che ripetono una colonna precedente, non lette al suo posto: {column}',
  'recognize.COLUMN_CHOSEN_BY_CONTENT':
    'più colonne con la stessa intestazione ({role}): letta la colonna {column}, i cui valori le corrispondono, non {others}',
  'recognize.VALUES_UNDER_MERGED_HEADER':
    'intestazione {header} unita su più colonne: {role} letto dalla colonna {column}, che contiene i valori',
  'recognize.HEADER_READ_AS':
    'intestazione {cell} «{text}» letta come «{as}» (anno, unità, refuso o nota tra parentesi ignorati)',
  'recognize.POINTS_UNDER_WEIGHT':
    'colonna {column} «{header}»: contiene i punti delle categorie elencate ed è letta come punti',
  'recognize.TRANSVERSAL_LIST':
    "le righe sono tutte obiettivi trasversali ({ids}) senza area: è l'elenco degli obiettivi trasversali, con pesi nominali che non si sommano",
  'recognize.AREA_FROM_TITLE': 'area «{area}» dal titolo in {cell}',
  'recognize.HEAD_FROM_TITLE': 'responsabile «{responsabile}» dal titolo in {cell}',
  'recognize.REPEATED_HEADER_SKIPPED': "righe che ripetono l'intestazione, saltate: {row}",
  'recognize.MERGED_CELLS_FILLED': 'celle unite, il valore vale per ogni riga che coprono: {range}',
  'recognize.CONTINUATION_ROWS': 'righe con sole celle unite della riga sopra, non lette come dati: {rows}',
  'recognize.HIDDEN_ROWS': 'righe nascoste, lette comunque: {rows}',
  'recognize.HIDDEN_COLUMNS': 'colonne nascoste, lette comunque: {columns}',
  'recognize.ROWS_AFTER_TOTAL': 'righe dopo la riga del totale, non lette: {rows}',
  'recognize.HEADER_UNITS_ROW':
    "riga sotto l'intestazione con sole unità di misura («%»), letta come parte dell'intestazione: {row}",
  'recognize.BLANK_ROWS_INSIDE':
    'righe vuote dentro la tabella, superate perché sotto continuano i suoi dati: {rows}',
  'recognize.ROWS_AFTER_BLANK':
    'righe simili ai dati dopo la riga vuota che chiude la tabella, non lette: {rows}',
  'recognize.CARDS_READ.one': '1 scheda obiettivo letta sotto {cell}: righe etichetta | valore',
  'recognize.CARDS_READ':
    '{count} schede obiettivo lette sotto {cell}: righe etichetta | valore, una scheda per obiettivo',
  'recognize.CARDS_NUMBERED': 'schede senza un numero proprio, numerate secondo la posizione: {ids}',
  'recognize.CARD_TITLE_PLACED': 'il titolo della scheda in {label} è letto da {cell}',
  'recognize.CARD_ROWS_UNREAD': 'righe {rows}: etichette della colonna {column} che Premia non legge',
  'recognize.TRANSVERSAL_HEADING':
    "l'intestazione in {cell} dice questi obiettivi trasversali: ognuno è letto come obiettivo di ogni area",
  'recognize.PHASE_ROWS':
    "righe con le fasi dell'obiettivo sopra, lette come sua descrizione e non come obiettivi: {rows}",
  'recognize.AREA_FROM_HEADING':
    "area «{area}» dall'intestazione del gruppo in {cell}, fino all'intestazione successiva",
  'recognize.BLOCK_INDICATORS':
    "nessuna colonna dell'obiettivo: gli indicatori sono letti come quelli dell'obiettivo in {cell}, il blocco sopra",
  'recognize.BLOCK_ROWS_CONTINUED':
    'righe senza indicatore, valore atteso né raggiunto, lette come seguito della riga sopra: {rows}',
  'recognize.SAVED_MAPPING_APPLIED':
    'vale la mappatura salvata per questa tabella, non il riconoscimento automatico',
  // --- end recognition notes ---

  // --- cli: cli.* ---
  'cli.description':
    'Premia: validazione, punteggi e distribuzione del fondo della performance su file .xlsx.',
  'cli.inspect': 'Elenca le tabelle riconosciute nella cartella di lavoro.',
  'cli.validate': 'Valida pesi, totali, date e assegnazioni.',
  'cli.score': 'Calcola i punteggi di obiettivi e aree.',
  'cli.distribute': 'Distribuisce il fondo, al centesimo.',
  'cli.option.json': 'stampa un solo documento JSON su stdout',
  'cli.usage.unknownOption': "errore: l'opzione «{name}» non esiste.",
  'cli.usage.unknownCommand': 'errore: il comando «{name}» non esiste.',
  'cli.usage.missingArgument': 'errore: manca la cartella di lavoro da leggere ({name}).',
  'cli.usage.optionArgumentMissing': "errore: l'opzione «{name}» vuole un valore.",
  'cli.usage.tooManyArguments': 'errore: troppi argomenti; il comando legge una sola cartella di lavoro.',
  'cli.usage.didYouMean': 'Forse «{name}»?',
  'cli.help.usage': 'Uso:',
  'cli.help.programUsage': '[opzioni] [comando]',
  'cli.help.commandUsage': '[opzioni] <cartella.xlsx>',
  'cli.help.options': 'Opzioni:',
  'cli.help.commands': 'Comandi:',
  'cli.help.arguments': 'Argomenti:',
  'cli.help.globalOptions': 'Opzioni generali:',
  'cli.help.option': 'mostra questo aiuto',
  'cli.help.command': "mostra l'aiuto di un comando",
  'cli.help.version': 'mostra la versione',
  'cli.option.out': 'scrive i fogli di Premia in una copia della cartella di lavoro',
  'cli.option.params': 'parametri in un file JSON (vedi docs/parameters-json.md)',
  'cli.error.read': 'impossibile leggere {file}: {detail}.',
  'cli.error.write': 'impossibile scrivere {file}: {detail}; il file di destinazione non è stato toccato.',
  'cli.fs.ENOENT': 'il file o la cartella non esiste',
  'cli.fs.EACCES': 'permesso negato',
  'cli.fs.EPERM': 'operazione non permessa',
  'cli.fs.EISDIR': 'è una cartella, non un file',
  'cli.fs.ENOTDIR': 'una parte del percorso non è una cartella',
  'cli.fs.EBUSY': 'il file è in uso da un altro programma (è aperto in Excel?)',
  'cli.fs.EROFS': 'il disco è di sola lettura',
  'cli.fs.ENOSPC': 'il disco è pieno',
  'cli.fs.EMFILE': 'troppi file aperti',
  'cli.fs.ENAMETOOLONG': 'il nome del file è troppo lungo',
  'cli.fs.other': 'errore del file system ({code})',
  'cli.noArea': '(senza area)',
  'cli.distribution.employeesTotal': 'Totale',
  'cli.error.notXlsx': '{file} non è una cartella di lavoro .xlsx leggibile.',
  'cli.error.emptyOut': '--out vuoto: indicare il nome del file della copia da scrivere.',
  'cli.error.needXlsm':
    "la cartella di lavoro contiene macro e la copia le conserva: --out {file} deve avere l'estensione .xlsm.",
  'cli.error.needXlsx':
    "la cartella di lavoro non contiene macro: --out {file} deve avere l'estensione .xlsx, non .xlsm.",
  'cli.error.paramsUtf16':
    '{file} è codificato in UTF-16: salvarlo come UTF-8 (in Blocco note: Salva con nome, Codifica «UTF-8»).',
  'cli.error.paramsNotUtf8': '{file} non è un testo UTF-8: salvarlo come UTF-8.',
  'cli.error.paramsTwice': '--params è indicato due volte: indicare un solo file dei parametri.',
  'cli.error.notFile': '{file} non è un file (è una cartella o un dispositivo).',
  'cli.error.tooLarge': '{file} è troppo grande ({size} MB): Premia legge file fino a {limit} MB.',
  'cli.error.notEditable':
    'impossibile scrivere {file} lasciando intatto tutto il resto della cartella di lavoro ({detail}): nessun file scritto.',
  'cli.error.encrypted':
    '{file} è protetta da una password di apertura: Premia non la può leggere. Togliere la password in Excel (File > Informazioni > Proteggi cartella di lavoro) e salvare una copia.',
  'cli.error.xls':
    '{file} è nel formato .xls di Excel 97-2003: aprirlo in Excel e salvarlo come cartella di lavoro .xlsx.',
  'cli.error.sameFile':
    '--out {file} è il file di partenza: Premia scrive sempre in una copia, mai sul file originale.',
  'cli.error.unexpected': 'errore imprevisto: {detail}',
  'cli.written': 'Scritto {file}.',
  'cli.progress.read': 'Lettura della cartella di lavoro',
  'cli.progress.recognize': 'Riconoscimento delle tabelle',
  'cli.progress.validate': 'Validazione',
  'cli.progress.score': 'Calcolo dei punteggi',
  'cli.progress.distribute': 'Distribuzione del fondo',
  'cli.progress.write': 'Scrittura dei fogli',
  'cli.inspect.none': 'Nessuna tabella riconosciuta.',
  'cli.inspect.count': 'Tabelle riconosciute: {count}',
  'cli.inspect.rows': '{rows} righe',
  'cli.inspect.hiddenSheet': 'Foglio nascosto, non letto: {sheet} (tabelle riconoscibili: {tables})',
  'cli.inspect.hiddenSheetRead':
    'Foglio nascosto, letto perché nessun foglio visibile ha tabelle come le sue: {sheet} (tabelle: {tables})',
  'recognize.more': '{list} e altre {count}',
  'recognize.more.one': '{list} e ancora 1',
  'cli.inspect.rows.one': '1 riga',
  'cli.kind.weights': 'Pesatura obiettivi',
  'cli.kind.transversal': 'Elenco obiettivi trasversali',
  'cli.kind.objectives': 'Obiettivi e indicatori',
  'cli.kind.projects': 'Progetti',
  'cli.kind.relevance': 'Rilevanza aree',
  'cli.kind.staff': 'Personale',
  'cli.kind.assignments': 'Assegnazioni',
  'cli.kind.objective-cards': 'Schede obiettivo',
  'cli.findings.none': 'Nessun problema trovato.',
  'cli.findings.count': 'Errori: {errors}, avvisi: {warnings}',
  'cli.severity.error': 'ERRORE',
  'cli.severity.warning': 'Avviso',
  'cli.scores.areas': 'Punteggi per area',
  'cli.scores.objectives': 'Raggiungimento degli obiettivi (effettivo dopo soglia e curva)',
  'cli.distribution.refused': 'Distribuzione rifiutata ({count} motivi):',
  'cli.distribution.refused.one': 'Distribuzione rifiutata (1 motivo):',
  'cli.distribution.title': 'Distribuzione del fondo',
  'cli.distribution.allocationTitle': 'Ripartizione preventiva del fondo (stanziamento)',
  'cli.distribution.paymentWaits':
    'Liquidazione: attende i raggiungimenti (nessun obiettivo ne ha ancora uno).',
  'cli.distribution.paymentRefused': 'Liquidazione rifiutata ({count} motivi):',
  'cli.distribution.paymentToFix': 'Da correggere prima della liquidazione ({count}):',
  'cli.distribution.paymentRefused.one': 'Liquidazione rifiutata (1 motivo):',
  'cli.distribution.allocatedUnits': 'Obiettivi e progetti (stanziato)',
  'cli.distribution.potential': 'Dipendenti, quota potenziale ({count})',
  'cli.distribution.fund': 'Fondo',
  'cli.distribution.reserve': 'Riserva',
  'cli.distribution.fixed': 'Budget dedicati',
  'cli.distribution.paid': 'Pagato',
  'cli.distribution.withoutStaff': 'di cui senza personale',
  'cli.distribution.economie': 'Economie',
  'cli.distribution.pools': 'Pool',
  'cli.distribution.paidShort': 'pagato',
  'cli.distribution.units': 'Obiettivi e progetti (assegnato × raggiungimento = pagato)',
  'cli.distribution.employees': 'Dipendenti ({count})',
  // --- end cli ---

  // --- writers: sheet.* ---
  'sheet.common.generatedAt': 'Generato il {date}',
  'sheet.common.plan': 'Comune di {comune}, anno {year}',
  'sheet.common.planComune': 'Comune di {comune}',
  'sheet.common.planYear': 'Anno {year}',
  'sheet.common.planNamed': '{comune}, anno {year}',
  'sheet.common.total': 'Totale',
  'sheet.common.cells': 'Celle',
  'sheet.common.area': 'Area',
  'sheet.common.objective': 'Obiettivo',
  'sheet.common.code': 'Codice',
  'sheet.common.message': 'Messaggio',
  'sheet.common.severity': 'Gravità',
  'sheet.common.noArea': '(senza area)',
  'sheet.common.yes': 'Sì',
  'sheet.common.no': 'No',
  'sheet.common.moreCells': '{first} (+{count})',
  'sheet.common.truncated': '… (testo abbreviato)',
  'sheet.severity.error': 'Errore',
  'sheet.severity.warning': 'Avviso',
  'sheet.validation.title': 'Premia – Verifica del piano',
  'sheet.validation.errors.one': '1 errore',
  'sheet.validation.errors': '{count} errori',
  'sheet.validation.warnings.one': '1 avviso',
  'sheet.validation.warnings': '{count} avvisi',
  'sheet.validation.summary': '{errors}, {warnings}.',
  'sheet.validation.summaryBlocked':
    '{errors}, {warnings}: la distribuzione resta bloccata finché ci sono errori.',
  'sheet.validation.ok.severity': 'OK',
  'sheet.validation.ok.message':
    'Nessun errore e nessun avviso: il piano è pronto per i punteggi e la distribuzione.',
  'sheet.scores.title': 'Premia – Punteggi degli obiettivi e delle aree',
  'sheet.scores.objectives': 'Obiettivi',
  'sheet.scores.areas': 'Aree',
  'sheet.scores.col.id': 'N.',
  'sheet.scores.col.achievement': 'Raggiungimento',
  'sheet.scores.col.belowSoglia': 'Sotto soglia',
  'sheet.scores.col.effective': 'Effettivo',
  'sheet.scores.col.source': 'Fonte',
  'sheet.scores.col.notes': 'Note',
  'sheet.scores.col.score': 'Punteggio',
  'sheet.scores.col.weightSum': 'Somma pesi',
  'sheet.scores.col.included': 'Obiettivi nel punteggio',
  'sheet.scores.col.excluded': 'Obiettivi esclusi',
  'sheet.scores.source.indicators': 'indicatori',
  'sheet.scores.source.manual': 'manuale',
  'sheet.scores.source.none': 'non calcolabile',
  'sheet.scores.note.missingActual': 'manca il valore raggiunto di {count} indicatori',
  'sheet.scores.note.missingActual.one': 'manca il valore raggiunto di 1 indicatore',
  'sheet.scores.note.needsManual': '{count} indicatori da valutare a mano',
  'sheet.scores.note.needsManual.one': '1 indicatore da valutare a mano',
  'sheet.scores.note.indicator': 'indicatore {n}: {explanation}',
  'sheet.scores.noObjectives': 'Nessun obiettivo',
  'sheet.scores.noAreas': 'Nessuna area',
  'sheet.distribution.title': 'Premia – Distribuzione del fondo',
  'sheet.distribution.summary': 'Riepilogo',
  'sheet.distribution.col.item': 'Voce',
  'sheet.distribution.col.amount': 'Importo',
  'sheet.distribution.col.rule': 'Calcolo',
  'sheet.distribution.item.fund': 'Fondo',
  'sheet.distribution.item.reserve': 'Riserva',
  'sheet.distribution.item.fixed': 'Budget dedicati',
  'sheet.distribution.item.pools': 'Pool (obiettivi e progetti)',
  'sheet.distribution.item.unassigned': 'Non assegnato',
  'sheet.distribution.item.checkFund': 'Quadratura del fondo',
  'sheet.distribution.rule.checkFund': 'fondo = riserva + budget dedicati + pool + non assegnato',
  'sheet.distribution.item.distributed': 'Distribuito',
  'sheet.distribution.rule.distributed': 'fondo meno riserva',
  'sheet.distribution.item.paid': 'Pagato',
  'sheet.distribution.item.withoutStaff': 'di cui senza personale',
  'sheet.distribution.rule.withoutStaff': 'pagato a obiettivi senza nessuno che lo riceva: non erogato',
  'sheet.distribution.item.economie': 'Economie',
  'sheet.distribution.item.redistributed': 'Economie ridistribuite',
  'sheet.distribution.rule.redistributed': 'già comprese nel pagato',
  'sheet.distribution.item.checkPaid': 'Quadratura del pagato',
  'sheet.distribution.rule.checkPaid': 'pagato + economie = budget dedicati + pool',
  'sheet.distribution.check.ok': 'quadra al centesimo',
  'sheet.distribution.check.ko': 'non quadra: differenza di {amount} €',
  'sheet.distribution.pools': 'Pool',
  'sheet.distribution.col.pool': 'Pool',
  'sheet.distribution.col.method': 'Metodo',
  'sheet.distribution.col.paid': 'Pagato',
  'sheet.distribution.col.economie': 'Economie',
  'sheet.distribution.col.unassigned': 'Non assegnato',
  'sheet.distribution.method.coefficient': 'per coefficiente (punti categoria × dipendenti)',
  'sheet.distribution.method.relevance': 'per rilevanza delle aree',
  'sheet.distribution.method.weight': 'per peso degli obiettivi',
  'sheet.distribution.method.fixed': 'budget dedicato',
  'sheet.distribution.units': 'Obiettivi e progetti',
  'sheet.distribution.col.id': 'N.',
  'sheet.distribution.col.title': 'Obiettivo/Progetto',
  'sheet.distribution.col.coefficient': 'Coefficiente',
  'sheet.distribution.col.allocated': 'Assegnato',
  'sheet.distribution.col.achievement': 'Raggiungimento',
  'sheet.distribution.col.redistributed': 'Economie ridistribuite',
  'sheet.distribution.col.trail': 'Calcolo',
  'sheet.distribution.noUnits': 'Nessun obiettivo o progetto riceve importi.',
  'sheet.distribution.noPools': 'Nessun pool.',
  'sheet.distribution.byArea': 'Per area',
  'sheet.distribution.chart': 'Distribuzione per area',
  'sheet.distribution.warnings': 'Avvisi',
  'sheet.distribution.noWarnings': 'Nessun avviso.',
  'sheet.distribution.refused':
    'La distribuzione non è stata calcolata: prima vanno risolti i problemi elencati qui sotto. Nessun importo è stato scritto.',
  'sheet.distribution.reasons': 'Motivi',
  'sheet.distribution.phase.payment':
    'Fase: liquidazione. Pagato = importo assegnato × grado di raggiungimento; il resto sono economie.',
  'sheet.distribution.phase.waiting':
    'Fase: ripartizione preventiva. Importi assegnati a progetti, aree e obiettivi; le quote dei dipendenti sono potenziali. La liquidazione attende i gradi di raggiungimento: nessun obiettivo ne ha ancora uno.',
  'sheet.distribution.phase.refused':
    'Fase: ripartizione preventiva. La liquidazione è rifiutata per {count} motivi, elencati sotto; le quote dei dipendenti sono potenziali.',
  'sheet.distribution.phase.refused.one':
    'Fase: ripartizione preventiva. La liquidazione è rifiutata per 1 motivo, indicato sotto; le quote dei dipendenti sono potenziali.',
  'sheet.distribution.paymentReasons': 'Motivi per cui la liquidazione è rifiutata',
  'sheet.distribution.paymentToFix': 'Da correggere prima della liquidazione',
  'sheet.employees.title': 'Premia – Importi per dipendente',
  'sheet.employees.col.employee': 'Dipendente',
  'sheet.employees.col.total': 'Totale',
  'sheet.employees.col.share': 'Quota',
  'sheet.employees.col.amount': 'Importo',
  'sheet.employees.col.trail': 'Calcolo',
  'sheet.employees.col.assignment': 'Assegnazione',
  'sheet.employees.areaRule': "Tutto il personale dell'area (nessuno indicato per nome)",
  'sheet.employees.areaRuleFor': "Tutto il personale dell'area (nessuno indicato per nome) per: {objectives}",
  'sheet.employees.summary': 'Totale per dipendente',
  'sheet.employees.detail': 'Dettaglio per obiettivo',
  'sheet.employees.col.grade': 'Categoria',
  'sheet.employees.col.hours': 'Ore settimanali',
  'sheet.employees.col.objectives': 'N. obiettivi',
  'sheet.employees.check.paid': 'Pagato agli obiettivi con personale (foglio «{sheet}»)',
  'sheet.employees.check.allocated': 'Assegnato agli obiettivi con personale (foglio «{sheet}»)',
  'sheet.employees.check.label': 'Quadratura: totale dei dipendenti = importo degli obiettivi con personale',
  'sheet.employees.check.detail': 'Quadratura delle righe del dettaglio con il totale di ciascun dipendente',
  'sheet.employees.check.detailLine': '{check}: {result}',
  'sheet.employees.check.detailKo': 'non quadra per: {names}',
  'sheet.employees.none': 'Nessun dipendente riceve importi.',
  'sheet.employees.longLayout':
    'Una riga per dipendente e obiettivo: {count} obiettivi sono troppi per una colonna ciascuno.',
  'sheet.employees.refused': 'La distribuzione non è stata calcolata: i motivi sono nel foglio «{sheet}».',
  'sheet.employees.potential':
    'Quote potenziali sulla ripartizione preventiva, non ancora liquidate: la fase e i suoi motivi sono nel foglio «{sheet}».',
  'sheet.transparency.title': 'Premia – Dati per la trasparenza (art. 20 d.lgs. 33/2013)',
  'sheet.transparency.col.item': 'Voce',
  'sheet.transparency.col.value': 'Valore',
  'sheet.transparency.item.comune': 'Comune',
  'sheet.transparency.item.year': 'Anno',
  'sheet.transparency.item.allocated': 'Premi stanziati',
  'sheet.transparency.item.paid': 'Premi effettivamente distribuiti',
  'sheet.transparency.item.withoutStaff': 'Pagato a obiettivi senza personale (non erogato)',
  'sheet.transparency.item.economie': 'Economie',
  'sheet.transparency.item.employees': 'Numero dipendenti premiati',
  'sheet.transparency.item.minimum': 'Importo minimo',
  'sheet.transparency.item.median': 'Importo mediano',
  'sheet.transparency.item.maximum': 'Importo massimo',
  'sheet.transparency.item.average': 'Importo medio',
  'sheet.transparency.item.aboveAverage': 'Quota del personale sopra la media',
  'sheet.transparency.item.differentiation': 'Differenziazione dei premi (art. 69 CCNL 21/5/2018)',
  'sheet.transparency.diff.ok':
    'Rispettata: {count} dipendenti su {employees} ({percent} %) ricevono almeno {threshold} €, il {premium} % in più della media di {average} €; il minimo previsto è il {minPercent} % del personale.',
  'sheet.transparency.diff.ok.one':
    'Rispettata: 1 dipendente su {employees} ({percent} %) riceve almeno {threshold} €, il {premium} % in più della media di {average} €; il minimo previsto è il {minPercent} % del personale.',
  'sheet.transparency.diff.ko': 'Non rispettata. {message}',
  'sheet.transparency.diff.na': 'Non verificabile: servono almeno due dipendenti premiati.',
  'sheet.transparency.note':
    'Minimo, mediano, massimo, medio e quota sopra la media sono calcolati sui dipendenti con un premio maggiore di zero.',
  'sheet.transparency.refused': 'La distribuzione non è stata calcolata: i motivi sono nel foglio «{sheet}».',
  'sheet.transparency.beforePayment':
    'Nessun premio è ancora liquidato: il foglio «{sheet}» ha la ripartizione preventiva. I dati da pubblicare si scrivono con la liquidazione.',
  'sheet.log.title': 'Premia – Registro delle esecuzioni',
  'sheet.log.col.at': 'Data e ora',
  'sheet.log.col.operation': 'Operazione',
  'sheet.log.col.hash': 'Impronta degli input',
  'sheet.log.col.params': 'Parametri',
  'sheet.log.col.totals': 'Totali',
  'sheet.log.col.errors': 'Errori',
  'sheet.log.col.warnings': 'Avvisi',
  'sheet.log.op.validate': 'Verifica',
  'sheet.log.op.score': 'Punteggi',
  'sheet.log.op.distribute': 'Distribuzione',
  'sheet.log.param.fund': 'Fondo',
  'sheet.log.param.reserve': 'Riserva',
  'sheet.log.param.pools': 'Pool',
  'sheet.log.param.defaultMethod': 'Metodo di ripartizione',
  'sheet.log.param.sogliaPolicy': 'Politica soglia minima',
  'sheet.log.param.latePenaltyPerMonth': 'Penalità per mese di ritardo',
  'sheet.log.param.atMostPolicy': 'Obiettivi "al massimo"',
  'sheet.log.param.partTime': 'Proporziona al part-time',
  'sheet.log.param.fullTimeHours': 'Ore tempo pieno',
  'sheet.log.param.individualEvaluation': 'Valutazione individuale',
  'sheet.log.param.absenceReduction': 'Riduzione per assenze',
  'sheet.log.param.redistributeEconomie': 'Ridistribuisci economie',
  'sheet.log.param.differentiationPremiumPercent': 'Maggiorazione differenziazione',
  'sheet.log.param.differentiationMinStaffPercent': 'Quota minima personale differenziato',
  'sheet.log.param.paymentTimesMinWeight': 'Peso minimo obiettivo tempi di pagamento',
  'sheet.log.param.categoryPoints': 'Punti per categoria',
  'sheet.log.param.headcountBands': 'Fasce di personale',
  'sheet.log.param.payoutCurve': 'Curva di pagamento',
  'sheet.log.param.euros': '{amount} €',
  'sheet.log.param.none': 'non indicato',
  'sheet.log.param.rest': 'il resto',
  'sheet.log.param.defaults': 'valori predefiniti',
  'sheet.log.param.proportional': 'proporzionale',
  'sheet.log.param.soglia.proportional': 'proporzionale',
  'sheet.log.param.soglia.full': 'piena',
  'sheet.log.param.atMost.binary': 'sì/no',
  'sheet.log.param.atMost.proportional': 'proporzionale',
  'sheet.log.totals.fund': 'fondo {amount} €',
  'sheet.log.totals.paid': 'pagato {amount} €',
  'sheet.log.totals.economie': 'economie {amount} €',
  // --- end writers ---

  // --- params: finding.PARAMS_* ---
  'finding.PARAMS_UNKNOWN_LABEL':
    '{cell}: «{label}» non è un parametro di Premia e viene ignorato (controllare che non sia scritto male).',
  'finding.PARAMS_LABEL_MISSING':
    '{cell}: il valore «{text}» non ha il nome del parametro nella colonna A e viene ignorato.',
  'finding.PARAMS_DUPLICATE_LABEL':
    '{cell}: il parametro «{label}» è già in {otherCell}; lasciarne uno solo (vale il primo).',
  'finding.PARAMS_ERROR_VALUE':
    "{cell}: contiene l'errore di Excel {text}; correggere la formula o il valore.",
  'finding.PARAMS_NOT_MONEY': '{cell}: «{text}» non è un importo in euro.',
  'finding.PARAMS_MONEY_NEGATIVE': "{cell}: l'importo «{text}» è negativo; deve essere 0 o più.",
  'finding.PARAMS_NOT_PERCENT': '{cell}: «{text}» non è una percentuale (es. 10 oppure 10%).',
  'finding.PARAMS_NOT_NUMBER': '{cell}: «{text}» non è un numero.',
  'finding.PARAMS_NOT_INTEGER': '{cell}: «{label}» deve essere un numero intero, non «{text}».',
  'finding.PARAMS_NOT_YES_NO': '{cell}: «{text}» non è né SÌ né NO.',
  'finding.PARAMS_NOT_KEYWORD':
    '{cell}: «{text}» non è un valore ammesso per «{label}»; scrivere uno tra: {accepted}.',
  'finding.PARAMS_NOT_PAYOUT':
    '{cell}: «{text}» non è un pagamento valido; scrivere «proporzionale» oppure una percentuale da 0 a 100.',
  'finding.PARAMS_OUT_OF_RANGE':
    "{cell}: «{label}» vale {value}, fuori dall'intervallo {min}-{max}; si usa il valore predefinito.",
  'finding.PARAMS_VALUE_MISSING': '{cell}: manca il valore di «{label}»; la riga viene ignorata.',
  'finding.PARAMS_SECTION_HEADER_MISSING':
    '{cell}: la tabella «{section}» non ha la riga di intestazione con le colonne {columns}; la tabella viene ignorata.',
  'finding.PARAMS_SECTION_EMPTY':
    '{cell}: la tabella «{section}» non ha righe; non può essere vuota (cancellarla per usare i valori predefiniti).',
  'finding.PARAMS_SECTION_DUPLICATE':
    '{cell}: la tabella «{section}» è già in {otherCell}; vale la prima, questa viene ignorata.',
  'finding.PARAMS_POOL_NAME_DUPLICATE':
    '{cell}: il fondo «{pool}» è già in {otherCell}; ogni fondo deve avere un nome diverso.',
  'finding.PARAMS_POOL_TIPOLOGIA_UNKNOWN':
    '{cell}: nel fondo «{pool}» la tipologia «{text}» non è tra GENERALE, INTERSETTORIALE, SETTORE.',
  'finding.PARAMS_POOL_TIPOLOGIA_DUPLICATE':
    '{cell}: la tipologia {tipologia} è sia nel fondo «{pool}» sia nel fondo «{otherPool}» ({otherCell}); ogni tipologia va in un solo fondo.',
  'finding.PARAMS_CATEGORY_DUPLICATE':
    '{cell}: la categoria «{category}» è già in {otherCell}; ogni categoria va scritta una sola volta.',
  'finding.PARAMS_JSON_SYNTAX': '{file}: non è un file JSON valido ({detail}).',
  'finding.PARAMS_JSON_DUPLICATE_KEY':
    "{file}: {path}: la chiave è scritta due volte nello stesso oggetto; va scritta una volta sola (altrimenti varrebbe solo l'ultima).",
  'finding.PARAMS_JSON_ROOT': '{file}: deve contenere un oggetto JSON {…} con i parametri.',
  'finding.PARAMS_JSON_UNKNOWN_KEY': '{file}: {path}: chiave sconosciuta; le chiavi ammesse sono: {allowed}.',
  'finding.PARAMS_JSON_MONEY':
    '{file}: {path}: deve essere un importo in euro non negativo con al massimo due decimali, come numero (60000) o testo ("60000.00").',
  'finding.PARAMS_JSON_PERCENT': '{file}: {path}: deve essere un numero tra 0 e 100.',
  'finding.PARAMS_JSON_NUMBER_MIN': '{file}: {path}: deve essere un numero maggiore o uguale a {min}.',
  'finding.PARAMS_JSON_POSITIVE': '{file}: {path}: deve essere un numero maggiore di 0.',
  'finding.PARAMS_JSON_INTEGER_MIN':
    '{file}: {path}: deve essere un numero intero maggiore o uguale a {min}.',
  'finding.PARAMS_JSON_INTEGER_RANGE': '{file}: {path}: deve essere un numero intero tra {min} e {max}.',
  'finding.PARAMS_JSON_BOOLEAN': '{file}: {path}: deve essere true oppure false.',
  'finding.PARAMS_JSON_TEXT': '{file}: {path}: deve essere un testo non vuoto.',
  'finding.PARAMS_JSON_ENUM': '{file}: {path}: deve essere uno tra {allowed}.',
  'finding.PARAMS_JSON_ARRAY': '{file}: {path}: deve essere un elenco [ … ].',
  'finding.PARAMS_JSON_OBJECT': '{file}: {path}: deve essere un oggetto {…}.',
  'finding.PARAMS_JSON_EMPTY': '{file}: {path}: non può essere vuoto.',
  'finding.PARAMS_JSON_REQUIRED': '{file}: {path}: manca ed è obbligatorio.',
  'finding.PARAMS_JSON_DUPLICATE': '{file}: {path}: «{value}» è già in {otherPath}.',
  'finding.PARAMS_JSON_AMOUNT_AND_PERCENT':
    "{file}: {path}: indicare l'importo (amount) oppure la percentuale (percent), non entrambi.",
  'finding.PARAMS_JSON_PAYOUT': '{file}: {path}: deve essere "proportional" oppure un numero tra 0 e 100.',
  'params.sheet.note':
    'Foglio dei parametri di Premia: modificare solo la colonna Valore e le tabelle sotto.',
  'params.note.comune': 'Nome del comune',
  'params.note.year': 'Anno del piano della performance',
  'params.note.fund': 'Fondo per la performance (risorse decentrate); vuoto: la ripartizione non si calcola',
  'params.note.reserve': 'Somma accantonata, non distribuita',
  'params.note.defaultMethod': 'coefficiente, rilevanza o peso; usato se non ci sono fondi / pool',
  'params.note.sogliaPolicy': 'proporzionale oppure piena: cosa si paga sopra la soglia minima',
  'params.note.latePenaltyPerMonth': 'Percentuale tolta per ogni mese (o frazione) di ritardo',
  'params.note.atMostPolicy': 'sì/no oppure proporzionale, per i valori attesi «al massimo»',
  'params.note.partTime': 'SÌ: le quote sono proporzionate alle ore settimanali',
  'params.note.fullTimeHours': 'Ore settimanali del tempo pieno',
  'params.note.individualEvaluation': 'SÌ: le quote sono moltiplicate per la valutazione individuale',
  'params.note.absenceReduction': 'Solo se previsto dalla contrattazione integrativa (d.lgs. 150/2009)',
  'params.note.absencePercentPerDay': 'Usata solo con Riduzione per assenze = SÌ',
  'params.note.redistributeEconomie': 'SÌ: le economie restano nel pool tra gli obiettivi raggiunti',
  'params.note.differentiationPremiumPercent': 'Art. 69 CCNL 21/5/2018',
  'params.note.differentiationMinStaffPercent': 'Art. 69 CCNL 21/5/2018',
  'params.note.paymentTimesMinWeight': 'Art. 4-bis DL 13/2023',
  // --- end params ---

  // --- office: office.* ---
  'office.protectedSheet': 'Il foglio «{sheet}» è protetto: togli la protezione e riprova.',
  'office.protectedWorkbook':
    'La struttura della cartella di lavoro è protetta: Premia non può aggiungere, rinominare o eliminare fogli. Togli la protezione (Revisione > Proteggi cartella di lavoro) e riprova.',
  'office.protected': 'Un foglio o la cartella di lavoro è protetta: togli la protezione e riprova.',
  'office.readOnly':
    'La cartella di lavoro è aperta in sola lettura: Premia non può scriverci. Aprila in modifica (o salvane una copia) e riprova.',
  'office.editMode': 'Stai modificando una cella: premi Invio o Esc e riprova.',
  'office.payloadTooLarge':
    'Excel ha rifiutato i dati perché troppo grandi anche divisi in blocchi piccoli ({detail}). Riprova con Excel desktop o con la riga di comando.',
  'office.usedRangeTooLarge':
    'Il foglio «{sheet}» risulta usato fino a {detail}: troppe celle da leggere. Di solito è un valore isolato lontano dalle tabelle: Ctrl+Fine porta all’ultima cella usata; cancellala (o elimina righe e colonne vuote fino a lì) e riprova, oppure usa la riga di comando.',
  'office.connection': 'Excel non ha risposto (connessione interrotta?). Controlla la rete e riprova.',
  'office.unknown': 'Excel ha risposto con un errore inatteso: {detail}',
  'office.sheetNotFound': 'Il foglio «{sheet}» non esiste più nella cartella di lavoro.',
  // --- end office ---

  // --- command: command.* ---
  'command.validate.ok': 'Pesi e tabelle in ordine: nessun errore.',
  'command.validate.okWarnings': 'Nessun errore, {warnings} avvisi: vedi il foglio «Premia - Verifica».',
  'command.validate.okWarnings.one': 'Nessun errore, 1 avviso: vedi il foglio «Premia - Verifica».',
  'command.validate.errors':
    "{errors} e {warnings}: le prime celle da correggere sono selezionate. Apri Premia per l'elenco.",
  'command.validate.errorCount': '{count} errori',
  'command.validate.errorCount.one': '1 errore',
  'command.validate.warningCount': '{count} avvisi',
  'command.validate.warningCount.one': '1 avviso',
  'command.validate.failed': 'Premia non ha potuto validare la cartella di lavoro.',
  // --- end command ---

  // --- ui: ui.* ---
  'ui.pane.tagline': 'Le pesature, i punteggi e la distribuzione del fondo, dal tuo foglio di lavoro.',
  'ui.workbench.tagline': 'Banco di prova: il riquadro di Premia su una cartella .xlsx, senza Excel.',
  'ui.tab.detection': 'Tabelle',
  'ui.tab.validation': 'Verifica',
  'ui.tab.parameters': 'Parametri',
  'ui.tab.results': 'Risultati',
  'ui.stage.reading': 'Lettura della cartella di lavoro…',
  'ui.stage.validating': 'Verifica dei dati…',
  'ui.stage.scoring': 'Calcolo dei punteggi…',
  'ui.stage.distributing': 'Distribuzione del fondo…',
  'ui.stage.writing': 'Scrittura dei fogli di Premia…',
  'ui.stage.saving': 'Salvataggio…',
  'ui.dismiss': 'Chiudi',
  'ui.loadingView': 'Caricamento…',
  'ui.error.unexpected': 'Si è verificato un errore inatteso: {detail}',
  'ui.notice.mappingSaved': 'Mappatura delle tabelle salvata nella cartella di lavoro.',
  'ui.notice.paramsSaved': 'Parametri salvati nel foglio dei parametri.',
  'ui.severity.error': 'Errore',
  'ui.severity.warning': 'Avviso',
  'ui.findings.general': 'Generale',
  'ui.findings.select': 'Seleziona le celle',
  'ui.kind.weights': 'Pesatura obiettivi',
  'ui.kind.transversal': 'Elenco obiettivi trasversali',
  'ui.kind.objectives': 'Obiettivi e indicatori',
  'ui.kind.projects': 'Progetti',
  'ui.kind.relevance': 'Rilevanza delle aree',
  'ui.kind.staff': 'Personale',
  'ui.kind.assignments': 'Assegnazioni',
  'ui.kind.objective-cards': 'Schede obiettivo',
  'ui.kind.ignore': 'Ignora',
  'ui.detection.reading': 'Lettura della cartella di lavoro…',
  'ui.detection.summary':
    'Tabelle trovate: {tables}. Aree: {areas}, obiettivi e progetti: {objectives}, dipendenti: {employees}.',
  'ui.detection.confirmedBefore':
    'La mappatura delle tabelle è già stata confermata: Premia legge le tabelle come indicato allora.',
  'ui.detection.none':
    'Nessuna tabella riconosciuta: servono intestazioni come «Obiettivo», «Peso», «Indicatore», «Cognome e nome».',
  'ui.detection.columnFor': 'Colonna letta per «{header}»:',
  'ui.detection.columnAria': 'Colonna letta per «{header}» in {table}',
  'ui.detection.kind': 'Tipo di tabella',
  'ui.detection.confirmedBadge': 'confermata',
  'ui.detection.noArea': 'nessuna area',
  'ui.detection.rows': 'righe: {rows}',
  'ui.detection.ignored': 'Tabelle ignorate: {list}.',
  'ui.detection.restore': 'Ripristinale',
  'ui.detection.confirm': 'Conferma',
  'ui.validation.intro':
    'Controlla pesi, totali, indicatori, date, personale e assegnazioni. Scrive il foglio «Premia - Verifica».',
  'ui.validation.run': 'Valida',
  'ui.validation.summary': 'Errori: {errors} · avvisi: {warnings}',
  'ui.validation.clean': 'Nessun errore e nessun avviso.',
  'ui.validation.highlight': 'Evidenzia le celle',
  'ui.validation.clearHighlight': "Togli l'evidenziazione",
  'ui.validation.highlighted':
    'Celle evidenziate: {count} intervalli, con una formattazione condizionale di Premia; la formattazione delle celle non cambia.',
  'ui.validation.highlighted.one':
    'Celle evidenziate: 1 intervallo, con una formattazione condizionale di Premia; la formattazione delle celle non cambia.',
  'ui.validation.notHighlighted': 'Nessuna cella evidenziata da Premia.',
  'ui.params.fromSheet': 'Parametri letti dal foglio «{sheet}». «Salva» lo riscrive per intero.',
  'ui.params.defaults':
    'La cartella non ha il foglio «{sheet}»: sono mostrati i valori predefiniti. «Salva» crea il foglio.',
  'ui.params.fund': 'Fondo',
  'ui.params.reserve': 'Riserva',
  'ui.params.soglia': 'Oltre la soglia minima',
  'ui.params.soglia.proportional': 'paga in proporzione al raggiungimento',
  'ui.params.soglia.full': 'paga per intero',
  'ui.params.penalty': 'Penalità per mese di ritardo',
  'ui.params.partTime': 'Proporziona alle ore settimanali (part-time)',
  'ui.params.evaluation': 'Applica la valutazione individuale',
  'ui.params.redistribute': 'Ridistribuisci le economie nel pool',
  'ui.params.pools': 'Pool',
  'ui.params.pool.name': 'Nome',
  'ui.params.pool.amount': 'Importo €',
  'ui.params.pool.percent': 'Quota %',
  'ui.params.pool.tipologie': 'Tipologie (separate da virgole)',
  'ui.params.pool.method': 'Criterio',
  'ui.params.categories': 'Punti per categoria',
  'ui.params.category': 'Categoria',
  'ui.params.points': 'Punti',
  'ui.params.bands': 'Coefficiente per numero di dipendenti',
  'ui.params.band.min': 'Da dipendenti',
  'ui.params.band.coefficient': 'Coefficiente',
  'ui.params.curve': 'Curva di pagamento',
  'ui.params.curve.from': 'Da raggiungimento %',
  'ui.params.curve.payout': 'Paga %',
  'ui.params.curve.hint': 'Lascia vuoto «Paga %» per pagare in proporzione al raggiungimento.',
  'ui.params.add': 'Aggiungi',
  'ui.params.remove': 'Togli la riga',
  'ui.params.save': 'Salva',
  'ui.params.invalid': 'Alcuni valori non sono leggibili: correggi i campi segnalati.',
  'ui.params.error.required': 'Valore mancante',
  'ui.params.error.money': 'Non è un importo (es. 50.000,00)',
  'ui.params.error.number': 'Non è un numero positivo',
  'ui.method.coefficient': 'per coefficiente',
  'ui.method.relevance': 'per rilevanza delle aree',
  'ui.method.weight': 'per peso degli obiettivi',
  'ui.results.intro':
    'Calcola i punteggi degli obiettivi e distribuisce il fondo al centesimo, nei fogli di Premia.',
  'ui.results.score': 'Calcola punteggi',
  'ui.results.distribute': 'Distribuisci',
  'ui.results.refused': 'Distribuzione rifiutata',
  'ui.results.refusedHint': 'Motivi: {count}. Correggi i dati indicati e riprova.',
  'ui.results.written': 'Distribuzione scritta nel foglio «Premia - Distribuzione».',
  'ui.results.phase.payment': 'Fase: liquidazione',
  'ui.results.phase.allocation': 'Fase: ripartizione preventiva',
  'ui.results.paymentWaits':
    'Ripartizione scritta nel foglio «Premia - Distribuzione», con le quote potenziali dei dipendenti. La liquidazione attende i gradi di raggiungimento: nessun obiettivo ne ha ancora uno.',
  'ui.results.paymentRefused':
    'Ripartizione scritta nel foglio «Premia - Distribuzione». La liquidazione è rifiutata per {count} motivi:',
  'ui.results.paymentRefused.one':
    'Ripartizione scritta nel foglio «Premia - Distribuzione». La liquidazione è rifiutata per 1 motivo:',
  'ui.results.paymentToFix': 'Da correggere prima della liquidazione',
  'ui.results.allocatedTotal': 'Assegnato a obiettivi e progetti',
  'ui.results.fund': 'Fondo',
  'ui.results.reserve': 'Riserva',
  'ui.results.paid': 'Pagato',
  'ui.results.withoutStaff': 'di cui senza personale (non erogato)',
  'ui.results.economie': 'Economie',
  'ui.results.unassigned': 'Non assegnato',
  'ui.results.allocated': 'Assegnato',
  'ui.results.byArea': 'Per area',
  'ui.results.area': 'Area',
  'ui.results.noArea': 'Progetti generali e intersettoriali',
  'ui.results.warnings': 'Avvisi',
  'ui.results.scores': 'Punteggi delle aree',
  'ui.workbench.title': 'Premia — banco di prova',
  'ui.workbench.sample': 'Cartella di esempio',
  'ui.workbench.sample.errors': 'Comune di Valdoria (con errori)',
  'ui.workbench.sample.clean': 'Comune di Valdoria (corretta)',
  'ui.workbench.open': 'Apri .xlsx…',
  'ui.workbench.download': 'Scarica',
  'ui.workbench.loading': 'Caricamento della cartella…',
  'ui.workbench.loadFailed': 'Impossibile aprire «{name}»: {detail}',
  'ui.workbench.cut': 'Sono mostrate solo le prime {rows} righe e {cols} colonne.',
  'ui.conflict.keep': 'Conserva le versioni modificate e riscrivi',
  // --- end ui ---

  // --- trust: finding.OUTPUT_*, trust.* ---
  'finding.OUTPUT_EDITED':
    'Il foglio «{sheet}» è stato modificato dopo che Premia lo ha scritto: Premia non lo sostituisce. Spostalo o rinominalo, oppure chiedi a Premia di conservarlo come «{kept}», e riprova.',
  'finding.OUTPUT_NAME_TAKEN':
    'Esiste già un foglio «{sheet}» che Premia non ha scritto: Premia non lo sostituisce. Rinominalo, oppure chiedi a Premia di conservarlo come «{kept}», e riprova.',
  'trust.cli.keepEditedHint':
    "Nessun foglio è stato scritto. Con l'opzione --keep-edited Premia conserva questi fogli con un altro nome e scrive i nuovi.",
  'trust.cli.kept': 'Foglio conservato come «{sheet}».',
  'trust.cli.option.keepEdited':
    "conserva con il nome «… (modificato)» i fogli di Premia modificati dall'utente, poi scrive i nuovi",
  // --- end trust ---
};
