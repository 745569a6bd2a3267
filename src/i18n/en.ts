import type { Catalogue } from './index';

/** English catalogue, used when Office runs in English. Flat keys; each owner keeps to its section. */
export const en: Catalogue = {
  'app.name': 'Premia',

  // --- areas named inside sentences (areaLabel in index.ts) ---
  'area.label': 'area {name}',
  'area.none': 'objectives without an area',

  // --- values (parsing problems): finding.PARSE_* ---
  'finding.PARSE_EMPTY': 'Cell {cell}: it is empty but a value is needed.',
  'finding.PARSE_ERROR_VALUE': 'Cell {cell}: it holds the Excel error {text}; fix the formula or the value.',
  'finding.PARSE_NOT_A_NUMBER': 'Cell {cell}: "{text}" is not a number.',
  'finding.PARSE_NEGATIVE': 'Cell {cell}: the amount "{text}" is negative.',
  'finding.PARSE_OUT_OF_RANGE': 'Cell {cell}: "{text}" is too large to be an amount.',
  'finding.PARSE_NOT_A_BOOLEAN': 'Cell {cell}: "{text}" is neither YES nor NO.',
  'finding.PARSE_UNREADABLE_DATE':
    'Cell {cell}: "{text}" is not a readable date; write day, month and year (e.g. 31/12/2023).',
  'finding.PARSE_IMPOSSIBLE_DATE': 'Cell {cell}: the date "{text}" does not exist in the calendar.',
  'finding.PARSE_UNREADABLE_TARGET': 'Cell {cell}: the target "{text}" cannot be measured.',
  'finding.PARSE_UNREADABLE_ACTUAL':
    'Cell {cell}: the actual value "{text}" is not readable as a number, a date or YES/NO.',
  'finding.PARSE_UNKNOWN_CATEGORY':
    'Cell {cell}: the category "{text}" is not one of those in the parameters.',
  'finding.PARSE_UNREADABLE_ASSIGNMENTS':
    'Cell {cell}: in "{text}" the employees\' names and shares cannot be recognised (e.g. "Mario Rossi 60%, Anna Bianchi 40%").',
  'finding.PARSE_NOT_CALCULATED':
    '{cell}: the formula has no calculated value; open the file in Excel and save it, or recalculate and save.',
  'finding.PARSE_DATE_WITHOUT_YEAR':
    '{cell}: the date "{text}" has no year, and the plan year is not given ("Anno" parameter of the "Parametri Premia" sheet).',
  // --- end values ---

  // --- reader (src/workbook/reader): finding.READ_* ---
  'finding.READ_NO_TABLES':
    'No table recognised in the workbook: Premia looks for header rows such as "N. | Obiettivo | Peso %" or "Cognome e nome | Ore settimanali". Check the table headers.',
  'finding.READ_TABLE_EMPTY':
    '{cell}: there is no data row under this header, so nothing is read from the table.',
  'finding.READ_CATEGORY_POINTS_FROM_HEADER':
    '{cell}: the parameters do not set the category points, so the table header is used: "{category}" is worth {points} points. If that is wrong, set them in the parameters sheet.',
  'finding.READ_CATEGORY_POINTS_DIFFER':
    '{cell}: the header says "{category}" is worth {header} points, but the parameters say {params}; Premia uses the parameters. Correct one or the other.',
  'finding.READ_AREA_NAME_MATCHED':
    '{cell}: area "{name}" is read as the objectives\' area "{area}" (two names of one area). If they are different areas, correct the name.',
  'finding.READ_AREA_UNMATCHED':
    '{cell}: area "{name}" matches no area of the objectives ({known}); its staff do not get the area\'s objectives. Correct the area name.',
  'finding.READ_AREA_UNMATCHED_GUESS':
    '{cell}: area "{name}" matches no area of the objectives; did you mean "{guess}"? Areas of the objectives: {known}. Its staff do not get the area\'s objectives until the names agree.',
  'finding.READ_EMPLOYEE_IN_TWO_LISTS':
    '{cell}: {name} is also in another staff list ({area:area}, {first}): Premia counts them once, with the hours of the first list.',
  'finding.READ_TRANSVERSAL_LIST':
    '{cell}: list of the transversal objectives ({ids}), with weights adding up to {sum}: Premia reads it as a list, not as an area\'s weights; what counts is the weight each area gives these objectives. If it is an area\'s weights, say so in the "Tables" panel.',
  'finding.READ_TRANSVERSAL_NOT_WEIGHTED':
    '{cell}: transversal objective {id} is in the list but no area gives it a weight: it gets no share of the fund.',
  'finding.READ_ALL_AREAS_SPREAD':
    '{cell}: objective {objective} is written for "{written}": Premia counts it as objective {id} in each of the {count} areas of the objectives ({areas}), with its indicators and people. If it is only for some areas, name them.',
  'finding.READ_ALL_AREAS_SPREAD.one':
    '{cell}: objective {objective} is written for "{written}": Premia counts it as objective {id} in the only area of the objectives ({areas}), with its indicators and people.',
  'finding.READ_ASSIGNEES_ROLE_SET_ASIDE':
    '{cell}: "{role}" is read as the head\'s role, not as a person with a share; the objective goes to {people}.',
  'finding.READ_SHARES_NORMALISED':
    '{cell}: the shares {written} add up to more than 100 and one is 100: they are read as proportions, that is {read}. If that is wrong, write shares that add up to 100.',
  'finding.READ_ASSIGNEE_NAME_MATCHED':
    '{cell}: "{written}" is read as {name}, the only person of the staff with that name. If it is someone else, write their full name.',
  'finding.READ_ASSIGNEES_ROLES_OUTSIDE':
    '{cell}: "{roles}": roles that are not staff of the fund (they have their own result pay). Premia pays the area\'s whole staff and sets them aside.',
  'finding.READ_DUPLICATE_COLUMN':
    '{cell}: column "{label}" repeats the meaning of column {first}; Premia reads only the first and ignores this one.',
  'finding.READ_ROWS_AFTER_BLANK':
    '{cell}: these rows come after the blank row that ends the table headed at {table} and look like its data rows, but they are not read. If they belong to it, remove the blank rows in between; if not, put a title or a header above them.',
  'finding.READ_MERGED_VALUE_REPEATED':
    '{cell}: the merged cell holds {value} and spans {count} rows, so the value counts once per row ({total} in all). If it is a single value, unmerge the cells.',
  'finding.READ_OBJECTIVE_NOT_FOUND':
    '{cell}: objective "{objective}" is not among the objectives read; check its number or title.',
  'finding.READ_ASSIGNEES_UNREADABLE':
    '{cell}: the assignment "{text}" cannot be read in full. Read: {understood}; not read: "{rest}". Nobody is paid for this objective until the cell is fixed (write only names and shares, e.g. "Mario Rossi 60%, Anna Bianchi 40%", or "Tutto il personale"); the rest of the plan is distributed.',
  'finding.READ_ASSIGNEES_AREA_UNKNOWN':
    '{cell}: "{named}" is the area of no employee in the staff table; the objective goes to the whole staff of its own area, {area}. If another area is meant, write its name as in the staff table.',
  'finding.READ_FRACTION_AMBIGUOUS':
    '{cell}: {value} is between 0 and 1 while other values of the column are percentages; it is read as {value} %. If it means {percent} %, write "{percent}%" or format the cell as a percentage.',
  'finding.DEADLINE_IN_TEXT':
    '{cell}: the deadline of objective {objective} is read from the text «{text}»: {date}.',
  'finding.READ_WEIGHT_CONFLICT':
    '{cell}: weight {value} differs from the one already given for objective {objective} ({first} in {firstCell}). Keep one weight per objective.',
  'finding.READ_TARGET_ZERO_AMBIGUOUS':
    '{cell}: the target is 0 without saying whether it is a minimum or a maximum ("{indicator}"). Read as "at least 0", it is always met whatever the result. If the indicator counts problems (errors, complaints...), write "massimo 0"; if not, "almeno 0" or the value to reach.',
  'finding.READ_TARGET_PROBLEMS_AT_LEAST':
    '{cell}: the indicator "{indicator}" counts problems, but the target does not say whether it is a minimum or a maximum; it is read as a minimum ("almeno"), so more problems give a higher result. If it is a maximum, write "massimo" or "<=" before the number.',
  'finding.READ_VALUES_BESIDE_HEADER':
    '{cell}: there is no value under "{label}"; Premia reads those of column {column}, next to it, which no header claims. If these are not the ones, correct the table.',
  'finding.READ_FORMULA_NOT_CALCULATED':
    '{cells}: formula without a calculated value. The file was saved without recalculating its formulas (usually by a program other than Excel), so Premia does not know the value. Open the file in Excel and save it, or recalculate and save, then try again.',
  'finding.READ_HIDDEN_SHEET_SKIPPED':
    'The sheet "{sheet}" is hidden and is not read, although it holds plan tables (tables recognisable: {tables}). If that data is needed, unhide the sheet (right-click a sheet tab › Unhide) and try again; if it is an old sheet, nothing to do.',
  // --- end reader ---

  // --- validation: finding.* ---
  'validation.kind.weights': 'of objective weights',
  'validation.kind.transversal': 'of the transversal objectives list',
  'validation.kind.relevance': 'of area relevances',
  'validation.kind.subWeights': 'of indicator weights',
  'validation.kind.shares': 'of staff shares',
  'validation.kind.coefficients': 'of coefficients',
  'validation.defaultPool': 'all objectives',
  'finding.WEIGHT_MISSING': '{area}: objective {objective} has no weight ({cell}).',
  'finding.WEIGHT_NOT_NUMBER':
    '{area}: the weight of objective {objective} ("{text}" in {cell}) is not a number.',
  'finding.WEIGHT_NEGATIVE': '{area}: the weight of objective {objective} is negative ({weight} in {cell}).',
  'finding.WEIGHT_OVER_100': '{area}: the weight of objective {objective} is {weight}, over 100 ({cell}).',
  'finding.WEIGHTS_SUM': '{area}: the objective weights add up to {sum} instead of 100 (difference {diff}).',
  'finding.WEIGHTS_MIXED_FRACTIONS':
    '{area}: some weights look like fractions ({small}) next to percentages; the sum is {sum}. Written all as percentages (0.25 = 25) they would add up to {sumAsPercent}.',
  'finding.TOTAL_MISMATCH':
    'Total {kind}{where} in {cell}: declared {declared}, but the rows add up to {computed} (difference {diff}).',
  'finding.TOTAL_NOT_NUMBER':
    'The total {kind}{where} in {cell} ("{text}") is not a number: it cannot be checked.',
  'finding.OBJECTIVE_DUPLICATE_ID': '{where}objective number {objective} appears {count} times ({cells}).',
  'finding.TRANSVERSAL_TITLE_MISMATCH':
    'Transversal objective {objective} has different titles in the areas: {titles}. If it is the same objective, use the same title; otherwise a different number.',
  'finding.PAYMENT_TIMES_WEIGHT':
    '{area}: the invoice payment-times objectives ({objectives}) weigh {weight} %, below the minimum of {min} % (art. 4-bis DL 13/2023).',
  'finding.SUBWEIGHT_NOT_NUMBER':
    'Objective {objective} ({where}): an indicator weight ("{text}" in {cell}) is not a number.',
  'finding.SUBWEIGHT_NEGATIVE':
    'Objective {objective} ({where}): an indicator weight is negative ({value} in {cell}).',
  'finding.SUBWEIGHTS_PARTIAL':
    'Objective {objective} ({where}): {missing} of {count} indicators have no weight, the others do. Give a weight to all indicators or to none (equal weights).',
  'finding.SUBWEIGHTS_PARTIAL.one':
    'Objective {objective} ({where}): 1 of {count} indicators has no weight, the others do. Give a weight to all indicators or to none (equal weights).',
  'finding.SUBWEIGHTS_SUM':
    'Objective {objective} ({where}): the indicator weights add up to {sum} instead of 100 (difference {diff}).',
  'finding.STAFF_TABLE_MISSING':
    '{count} people are assigned to objectives but there is no staff table: names and weekly hours cannot be checked.',
  'finding.STAFF_TABLE_MISSING.one':
    '1 person is assigned to objectives but there is no staff table: the name and weekly hours cannot be checked.',
  'finding.ASSIGNMENT_OBJECTIVE_UNKNOWN':
    '{name} is assigned in {cell} to an objective that is not in the plan ({objective}).',
  'finding.ASSIGNEE_UNKNOWN': 'Objective {objective} ({where}): {name} ({cell}) is not in the staff table.',
  'finding.ASSIGNEE_UNKNOWN.suggestion':
    'Objective {objective} ({where}): {name} ({cell}) is not in the staff table; did you mean {suggestion}?',
  'finding.SHARE_NOT_NUMBER':
    'Objective {objective} ({where}): the share of {name} ("{text}" in {cell}) is not a number.',
  'finding.SHARE_OUT_OF_RANGE':
    'Objective {objective} ({where}): the share of {name} is {share} % ({cell}), outside 0-100.',
  'finding.SHARES_PARTIAL':
    'Objective {objective} ({where}): {missing} of {count} people have no share ({names}), the others do. Give a share to everyone or to no one (equal shares).',
  'finding.SHARES_PARTIAL.one':
    'Objective {objective} ({where}): 1 of {count} people has no share ({names}), the others do. Give a share to everyone or to no one (equal shares).',
  'finding.SHARES_SUM':
    'Objective {objective} ({where}): the staff shares add up to {sum} % instead of 100 (difference {diff}).',
  'finding.HOURS_NOT_NUMBER': '{name}: weekly hours ("{text}" in {cell}) are not a number.',
  'finding.HOURS_NOT_POSITIVE': '{name}: {hours} weekly hours in {cell}; they must be more than 0.',
  'finding.HOURS_OVER_FULL_TIME':
    '{name}: {hours} weekly hours in {cell}, more than the full time of {full} hours.',
  'finding.EVALUATION_NOT_NUMBER': '{name}: the individual evaluation ("{text}" in {cell}) is not a number.',
  'finding.EVALUATION_OUT_OF_RANGE': '{name}: the individual evaluation is {value} ({cell}), outside 0-100.',
  'finding.EMPLOYEE_DUPLICATE':
    '{name} appears {count} times in the staff table ({cells}): assignments cannot tell the rows apart.',
  'finding.RELEVANCE_NOT_NUMBER': '{area}: the relevance ("{text}" in {cell}) is not a number.',
  'finding.RELEVANCE_OUT_OF_RANGE': '{area}: the relevance is {value} % ({cell}), outside 0-100.',
  'finding.RELEVANCE_WITHOUT_OBJECTIVES':
    '{area}: has a relevance of {value} % ({cell}) but no objectives; its share of the fund would go to no one.',
  'finding.RELEVANCE_MISSING':
    "{area}: has {count} objectives but no relevance (the area's share of the fund).",
  'finding.RELEVANCE_MISSING.one': "{area}: has 1 objective but no relevance (the area's share of the fund).",
  'finding.RELEVANCE_SUM':
    'The relevances of the {count} areas add up to {sum} % instead of 100 (difference {diff}).',
  'finding.RELEVANCE_SUM.one':
    'The relevance of the only area is {sum} % instead of 100 (difference {diff}).',
  'finding.FIXED_BUDGET_NOT_NUMBER':
    'Objective {objective}: the fixed budget ("{text}" in {cell}) is not an amount.',
  'finding.FIXED_BUDGET_NEGATIVE':
    'Objective {objective}: the fixed budget is negative ({amount} in {cell}).',
  'finding.BUDGETS_OVER_FUND':
    'Reserve ({reserve}), fixed budgets ({fixed}), pools by amount ({amounts}) and pools by percent ({percents}) add up to {total}, over the fund of {fund} (excess {excess}).',
  'finding.CATEGORY_EMPTY':
    'Project {objective} ({where}): the category ({cell}) is empty, but pool “{pool}” is split by coefficient (category points × headcount band). Give the category, or an allocated amount if the project has a budget of its own (paid per presence, for example).',
  'finding.TIPOLOGIA_UNKNOWN':
    'Project {objective} ({where}): the type “{text}” ({cell}) is none of the pools’ ({known}); it goes to pool “{pool}”, which takes everything else.',
  'finding.TIPOLOGIA_UNKNOWN_NO_POOL':
    'Project {objective} ({where}): the type “{text}” ({cell}) is none of the pools’ ({known}); no pool holds it, so it receives nothing.',
  'finding.CATEGORY_UNKNOWN':
    'Objective {objective} ({where}): category "{text}" ({cell}) is not one of the parameters\' categories ({known}).',
  'finding.HEADCOUNT_INVALID':
    'Objective {objective} ({where}): the headcount "{text}" ({cell}) is not a whole number above 0.',
  'finding.HEADCOUNT_MISMATCH':
    'Objective {objective} ({where}): declared headcount {declared} ({cell}), but {assigned} people are assigned.',
  'finding.POINTS_MISMATCH':
    'Objective {objective} ({where}): declared points {declared} ({cell}), but category {category} is worth {expected} points in the parameters.',
  'finding.COEFFICIENT_MISMATCH':
    'Objective {objective} ({where}): declared coefficient {declared} ({cell}), but for {headcount} employees the parameter bands give {expected}.',
  'finding.COEFFICIENT_MISMATCH.one':
    'Objective {objective} ({where}): declared coefficient {declared} ({cell}), but for 1 employee the parameter bands give {expected}.',
  'finding.TOTAL_COEFFICIENT_MISMATCH':
    'Objective {objective} ({where}): declared total coefficient {declared} ({cell}), but {points} points x {coefficient} = {expected}.',
  'finding.POOL_COEFFICIENTS_ZERO':
    'Pool "{pool}" is split by coefficient, but the coefficients of its {count} objectives add up to 0: its amount would go to no one.',
  'finding.POOL_COEFFICIENTS_ZERO.one':
    'Pool "{pool}" is split by coefficient, but the coefficient of its only objective is 0: its amount would go to no one.',
  'finding.DATE_INVALID': 'Objective {objective} ({where}): the date "{text}" ({cell}) does not exist.',
  'finding.DATE_NO_YEAR':
    'Objective {objective} ({where}): the date "{text}" ({cell}) has no year, and the plan year is not given. Enter the year in the "Anno" parameter of the "Parametri Premia" sheet, or in the date (e.g. "31/10/2025").',
  'finding.DATE_UNREADABLE': 'Objective {objective} ({where}): "{text}" ({cell}) is not a readable date.',
  'finding.SOGLIA_NOT_NUMBER':
    'Objective {objective} ({where}): the minimum threshold ("{text}" in {cell}) is not a number.',
  'finding.SOGLIA_OUT_OF_RANGE':
    'Objective {objective} ({where}): the minimum threshold is {value} % ({cell}), outside 0-100.',
  'finding.MANUAL_ACHIEVEMENT_NOT_NUMBER':
    'Objective {objective} ({where}): the achievement ("{text}" in {cell}) is not a number.',
  'finding.MANUAL_ACHIEVEMENT_OUT_OF_RANGE':
    'Objective {objective} ({where}): the achievement is {value} % ({cell}), outside 0-100.',
  'finding.TARGET_UNREADABLE':
    'Objective {objective} ({where}): the target "{text}" ({cell}) cannot be read; an achievement entered by hand is needed.',
  'finding.PARAM_FUND_MISSING': 'The fund is not set in the parameters: the distribution cannot be computed.',
  'finding.PARAM_FUND_NEGATIVE': 'The fund in the parameters is negative ({fund}).',
  'finding.PARAM_RESERVE_NEGATIVE': 'The reserve in the parameters is negative ({reserve}).',
  'finding.PARAM_RESERVE_OVER_FUND': 'The reserve ({reserve}) exceeds the fund ({fund}) by {excess}.',
  'finding.PARAM_POOL_AMOUNT_AND_PERCENT':
    'Pool "{pool}" has both an amount ({amount}) and a percent ({percent} %): give only one.',
  'finding.PARAM_POOL_AMOUNT_NEGATIVE': 'Pool "{pool}" has a negative amount ({amount}).',
  'finding.PARAM_POOL_PERCENT_OUT_OF_RANGE': 'Pool "{pool}" has a percent of {percent} %, outside 0-100.',
  'finding.PARAM_POOL_WITHOUT_AMOUNT':
    '{count} pools have neither amount nor percent ({pools}): only one can take what is left.',
  'finding.PARAM_POOL_PERCENTS_OVER_100': 'The pool percents add up to {sum} %, {excess} over 100.',
  'finding.PARAM_CATEGORY_POINTS_NEGATIVE': 'Category "{category}" has negative points ({points}).',
  'finding.PARAM_HEADCOUNT_BANDS_FIRST_MIN':
    'The first headcount band starts at {min} instead of 1: a project with fewer employees would have no coefficient.',
  'finding.PARAM_HEADCOUNT_COEFFICIENT_NEGATIVE':
    'Band {band} (from {min} employees) has a negative coefficient ({coefficient}).',
  'finding.PARAM_HEADCOUNT_BANDS_DUPLICATE': 'Bands {previousBand} and {band} both start at {min} employees.',
  'finding.PARAM_HEADCOUNT_BANDS_UNORDERED':
    'Band {band} starts at {min} employees, below the previous band ({previousMin}): bands must be in ascending order.',
  'finding.PARAM_PENALTY_OUT_OF_RANGE': 'The penalty per month late is {penalty} %, outside 0-100.',
  'finding.PARAM_FULL_TIME_HOURS': 'Full-time weekly hours are {hours}: they must be more than 0.',
  // --- end validation ---

  // --- scoring: finding.* ---
  'finding.SCORE_MISSING_ACTUAL':
    'Objective {objective} “{title}” ({area}), indicator “{indicator}”: the actual value is missing. It is needed to compute the achievement and distribute the fund.',
  'finding.SCORE_UNREADABLE_ACTUAL':
    'Objective {objective} “{title}” ({area}), indicator “{indicator}”: the actual value “{actual}” cannot be read. Correct it or enter the achievement.',
  'finding.SCORE_NEEDS_MANUAL':
    'Objective {objective} “{title}” ({area}), indicator “{indicator}”: the target “{target}” is not machine readable. Enter the achievement (grado di raggiungimento, 0-100%) by hand.',
  'finding.SCORE_ACTUAL_MISMATCH':
    'Objective {objective} “{title}” ({area}), indicator “{indicator}”: the actual value “{actual}” cannot be compared with the target “{target}”. Correct the value or enter the achievement.',
  'finding.SCORE_SUSPENDED':
    'Objective {objective} “{title}” ({area}) is suspended ({cell}): Premia does not score it from its indicators and does not pay it without a decision. Enter the achievement decided for the suspended objective (0-100%) by hand, or remove it from the plan and share out its weight.',
  'finding.DEADLINE_SUSPENDED':
    '{cell}: “{text}” says objective {objective} ({area}) is suspended, not a deadline. Premia does not score it from its indicators: paying it needs an achievement entered by hand.',
  'finding.DEADLINE_SEVERAL_DATES':
    '{cell}: “{text}” holds {count} dates, read as one deadline per indicator; when the indicators are not as many as the dates, the latest ({latest}) holds for all.',
  'finding.DEADLINE_NOT_A_DATE':
    '{cell}: “{text}” is not a date but a rule (objective {objective}, {area}): timeliness is to be judged by hand.',
  'finding.BUDGET_FROM_TEXT':
    '{cell}: “{text}” read as the budget of objective {objective} ({area}): {amount}, paid at 100% achievement. If it is not, write it in a Budget column.',
  'finding.PENALTY_FROM_TEXT':
    "{cell}: “{text}” read as the late penalty of objective {objective} ({area}): {percent} % per month late, instead of the parameters' {param} %.",
  'finding.WEIGHTS_EQUAL_ASSUMED':
    '{cell}: the objectives of {area} ({count}) have no weight; Premia takes them as equal ({weight} % each). If they are not, enter the weights.',
  'finding.SCORE_NO_ACHIEVEMENT':
    'Objective {objective} “{title}” ({area}): it has no indicators and no achievement entered, so its payment cannot be computed.',
  'finding.PARAM_CURVE_EMPTY': 'The payout curve has no bands: payment is proportional to achievement.',
  'finding.PARAM_CURVE_START':
    'The payout curve starts at {from}% instead of 0%: achievements below {from}% fall in no band.',
  'finding.PARAM_CURVE_ORDER':
    'Payout curve, band {band}: it starts at {from}%, before the previous band ({previousFrom}%). Bands must be in ascending order.',
  'finding.PARAM_CURVE_DUPLICATE':
    'Payout curve, band {band}: it starts at {from}% like band {previousBand}. Two bands cannot start at the same point.',
  'finding.PARAM_CURVE_FROM_RANGE': 'Payout curve, band {band}: the start {from} is outside 0-100%.',
  'finding.PARAM_CURVE_PAYOUT_RANGE':
    'Payout curve, band {band}: the fixed payout {payout}% is outside 0-100%.',
  'finding.PARAM_CURVE_DECREASING':
    'Payout curve, band {band}: at {from}% it pays {above}%, less than the {below}% paid just below. Reaching more would pay less.',
  'scoring.allAreas': 'all areas',
  'scoring.manual': 'achievement entered: {achievement}%',
  'scoring.unreadableTarget': 'target not readable (“{target}”): the achievement must be entered',
  'scoring.manualTarget': 'target not measurable (“{target}”): the achievement must be entered',
  'scoring.missingActual': 'actual value missing',
  'scoring.unreadableActual': 'actual value not readable (“{actual}”)',
  'scoring.actualMismatch':
    'actual value “{actual}” cannot be compared with the target “{target}”: the achievement must be entered',
  'scoring.atLeast': '{actual}{unit} of {target}{unit} (at least): {achievement}%',
  'scoring.atMostMet': '{actual}{unit} (at most {target}{unit}): reached, 100%',
  'scoring.atMostMissed': '{actual}{unit} (at most {target}{unit}): not reached, 0%',
  'scoring.atMostStrictMet': '{actual}{unit} (less than {target}{unit}): reached, 100%',
  'scoring.atMostStrictMissed': '{actual}{unit} (less than {target}{unit}): not reached, 0%',
  'scoring.atMostProportional': '{actual}{unit} with maximum {target}{unit} (proportional): {achievement}%',
  'scoring.yes': 'YES: reached, 100%',
  'scoring.no': 'NO: not reached, 0%',
  'scoring.doneOn': 'done on {date}: 100%',
  'scoring.notDone': 'not completed (NO): 0%',
  'scoring.doneNoDate': 'completed (YES, no date), deadline {deadline}: counted as on time, 100%',
  'scoring.onTime': 'completed on {completion}, deadline {deadline}: on time, {achievement}%',
  'scoring.delayOne': '1 month late, -{penalty}%',
  'scoring.delayMany': '{months} months late, -{penalty}%',
  'scoring.late': 'completed on {completion}, deadline {deadline}: {delay}: {achievement}%',
  'scoring.withLate': '{base}; {late}',
  // --- end scoring ---

  // --- distribution: finding.*, distribution.* ---
  'distribution.pool.fixed': 'Dedicated budgets',
  'distribution.pool.default': 'Fund',
  'distribution.trail.fund':
    'Fund €{fund}, reserve €{reserve}, dedicated budgets €{fixed}: €{remaining} left for the pools',
  'distribution.trail.poolAll': 'Pool “{pool}”: the whole available amount, €{amount}',
  'distribution.trail.poolAmount': 'Pool “{pool}”: set amount of €{amount}',
  'distribution.trail.poolPercent': 'Pool “{pool}”: {percent} % of €{base} = €{amount}',
  'distribution.trail.poolRest': 'Pool “{pool}”: what is left after the other pools, €{amount}',
  'distribution.trail.fixed': 'Budget dedicated to the objective: €{amount}',
  'distribution.trail.coefficient':
    'Coefficient: category {category} ({points} points) × {headcount} employees (coefficient {band}) = {coefficient}; {coefficient} out of {sum} in the pool = €{amount}',
  'distribution.trail.coefficient.one':
    'Coefficient: category {category} ({points} points) × 1 employee (coefficient {band}) = {coefficient}; {coefficient} out of {sum} in the pool = €{amount}',
  'distribution.trail.relevance': '{area:Area}: relevance {relevance} % out of {sum} % = €{amount}',
  'distribution.trail.areaEqual': '{area:Area}: equal part, 1 of {areas} areas = €{amount}',
  'distribution.trail.areaEqual.one': '{area:Area}: the only area, the whole amount = €{amount}',
  'distribution.trail.weight': 'Weight {weight} out of {sum} ({area:area}) = €{amount}',
  'distribution.trail.achievement':
    'Effective achievement {achievement} %: paid €{paid} of €{allocated}, savings €{economie}',
  'distribution.trail.redistribution':
    'Pool savings redistributed to the objectives reached in full: €{amount} more',
  'distribution.trail.share': '{employee}: share {share} %',
  'distribution.trail.shareEqual': '{employee}: equal share, 1 of {count} employees',
  'distribution.trail.shareEqual.one': '{employee}: the only employee, the whole share',
  'distribution.trail.shareAreaRule':
    "{employee}: the area's whole staff, since nobody is named; equal share, 1 of {count} employees",
  'distribution.trail.shareAreaRule.one':
    "{employee}: the area's whole staff, since nobody is named; the only employee, the whole share",
  'distribution.trail.hours': 'Weekly hours {hours} of {fullTime}',
  'distribution.trail.evaluation': 'Individual evaluation {evaluation} %',
  'distribution.trail.evaluationPending': 'Individual evaluation not given yet: full share ({evaluation} %)',
  'distribution.trail.absence': 'Days absent {days}: share reduced to {factor} %',
  'distribution.trail.employeeAmount': 'Final share {share} % of €{paid} = €{amount}',
  'distribution.trail.employeePotential':
    'Potential share {share} % of the allocation of €{allocated} = €{amount}',
  'finding.DIST_NO_FUND':
    'The fund amount is missing from the parameters: the distribution cannot be computed.',
  'finding.DIST_DUPLICATE_KEY':
    'Objective {objective} ({area:area}) appears {count} times: the distribution cannot tell which row to pay.',
  'finding.DIST_NEGATIVE_RESERVE':
    'The reserve is negative (€{amount}): the distribution cannot be computed.',
  'finding.DIST_NEGATIVE_FIXED_BUDGET':
    'Objective {objective}: the dedicated budget is negative (€{amount}), the distribution cannot be computed.',
  'finding.DIST_NEGATIVE_POOL':
    'Pool “{pool}” has a negative amount or percent ({value}): the distribution cannot be computed.',
  'finding.DIST_POOL_AMOUNT_AND_PERCENT':
    'Pool “{pool}” has both an amount (€{amount}) and a percent ({percent} %): give only one.',
  'finding.DIST_OVER_FUND':
    'Reserve (€{reserve}), dedicated budgets (€{fixed}) and pools (€{pools}) add up to €{committed}, more than the fund of €{fund}: €{excess} over.',
  'finding.DIST_MISSING_ACHIEVEMENT':
    'Objective {objective} “{title}” ({where}): the achievement is missing (no actual value, or it must be entered by hand), so the amount to pay is unknown.',
  'finding.DIST_MISSING_CATEGORY':
    'Objective {objective} “{title}”: the project category is missing; pool “{pool}” needs it for the coefficient.',
  'finding.DIST_UNKNOWN_CATEGORY':
    'Objective {objective} “{title}”: category “{category}” has no points in the parameters, so pool “{pool}” has no coefficient for it.',
  'finding.DIST_MISSING_HEADCOUNT':
    'Objective {objective} “{title}”: the number of employees involved is missing; pool “{pool}” needs it for the coefficient.',
  'finding.DIST_ZERO_COEFFICIENTS':
    'In pool “{pool}” the project coefficients add up to 0: the pool’s €{amount} cannot be split.',
  'finding.DIST_MISSING_RELEVANCE':
    'Area “{area}” has no relevance, but pool “{pool}” is split among areas by relevance.',
  'finding.DIST_RELEVANCE_AREA_OUTSIDE_POOL':
    'Area “{area}” has a relevance of {relevance} % but no objective in pool “{pool}”: the pool is split among the other areas in proportion to their relevances (adding up to {sum} %), so they receive more than their relevance.',
  'finding.DIST_ZERO_RELEVANCE':
    'In pool “{pool}” the area relevances add up to 0: the pool’s €{amount} cannot be split.',
  'finding.DIST_UNIT_WITHOUT_AREA':
    'Objective {objective} “{title}” belongs to no area, but pool “{pool}” is split among areas by relevance.',
  'finding.DIST_MISSING_WEIGHT':
    'Objective {objective} “{title}” ({area:area}): the weight is missing; it is needed to split the area’s part.',
  'finding.DIST_ZERO_WEIGHTS':
    '{area:Area}, pool “{pool}”: the objective weights add up to 0, the area’s €{amount} cannot be split.',
  'finding.DIST_MISSING_EVALUATION':
    '{employee}, assigned to objective {objective}: the individual evaluation is missing, and the parameters ask to apply it.',
  'finding.DIST_UNIT_WITHOUT_STAFF':
    'Objective {objective} “{title}”: €{amount} to pay but nobody is assigned; the amount stays with the objective.',
  'finding.DIST_STAFF_WEIGHT_ZERO':
    'Objective {objective} “{title}”: every assigned employee has share 0 (hours, evaluation or absences); €{amount} stay with the objective.',
  'finding.DIST_OBJECTIVE_OUTSIDE_POOLS':
    'Objective {objective} “{title}” (type {tipologia}): no pool holds it, so it receives nothing.',
  'finding.DIST_PAYMENT_WAITS':
    'No objective has a degree of achievement yet: this is the allocation (the amount of each project, area and objective, and each employee’s potential share). The payment is computed once the achievements are there.',
  'finding.DIST_DECLARED_AMOUNT_ROUNDING':
    'Project {objective} “{title}”, pool “{pool}”: the declared amount (€{declared}) differs by €{difference} from the computed one (€{computed}), from rounding. The computed amount applies: it makes the pool add up to the cent.',
  'finding.DIST_DECLARED_AMOUNT_MISMATCH':
    'Project {objective} “{title}”, pool “{pool}”: the declared amount (€{declared}) differs by €{difference} from the one computed from the coefficient (€{computed}). Check the pool amount, the category points and the headcount bands in the parameters: the payment waits until the two amounts agree.',
  'finding.DIST_EMPTY_POOL': 'Pool “{pool}” holds no objectives: its €{amount} stay unassigned.',
  'finding.DIST_UNASSIGNED': '€{amount} of the fund (after the reserve) go to no objective.',
  'finding.DIST_DIFFERENTIATION':
    'Differentiation of bonuses (art. 69 CCNL 21/5/2018): {count} employees out of {employees} ({percent} %) receive at least €{threshold}, that is {premium} % above the average of €{average}; the minimum is {minPercent} % of the staff.',
  'finding.DIST_DIFFERENTIATION.one':
    'Differentiation of bonuses (art. 69 CCNL 21/5/2018): 1 employee out of {employees} ({percent} %) receives at least €{threshold}, that is {premium} % above the average of €{average}; the minimum is {minPercent} % of the staff.',
  // --- end distribution ---

  // --- recognition notes (src/workbook/recognize/notes.ts): recognize.<CODE> ---
  // Worded "what: where" so that one line can list several rows, cells or columns.
  'recognize.HEADER_MATCHED': 'header recognised in {header}',
  'recognize.DUPLICATE_COLUMN': 'columns repeating an earlier column, not read in its place: {column}',
  'recognize.COLUMN_CHOSEN_BY_CONTENT':
    'several columns with the same header ({role}): column {column} read, whose values fit it, not {others}',
  'recognize.VALUES_UNDER_MERGED_HEADER':
    'header {header} is merged over several columns: role {role} read from column {column}, which holds the values',
  'recognize.HEADER_READ_AS':
    'header {cell} "{text}" read as "{as}" (a year, a unit, a typo or a bracketed remark set aside)',
  'recognize.POINTS_UNDER_WEIGHT':
    'column {column} "{header}": holds the points of the listed categories and is read as points',
  'recognize.TRANSVERSAL_LIST':
    'every row is a transversal objective ({ids}) with no area: the list of transversal objectives, with nominal weights that are not summed',
  'recognize.AREA_FROM_TITLE': 'area "{area}" from the title in {cell}',
  'recognize.HEAD_FROM_TITLE': 'responsabile "{responsabile}" from the title in {cell}',
  'recognize.REPEATED_HEADER_SKIPPED': 'rows repeating the header, skipped: {row}',
  'recognize.MERGED_CELLS_FILLED': 'merged cells, the value applies to every row they span: {range}',
  'recognize.CONTINUATION_ROWS': 'rows holding only merged cells of the row above, not read as data: {rows}',
  'recognize.HIDDEN_ROWS': 'hidden rows, read as well: {rows}',
  'recognize.HIDDEN_COLUMNS': 'hidden columns, read as well: {columns}',
  'recognize.ROWS_AFTER_TOTAL': 'rows after the total row, not read: {rows}',
  'recognize.HEADER_UNITS_ROW':
    'row under the header holding only units ("%"), read as part of the header: {row}',
  'recognize.BLANK_ROWS_INSIDE':
    'blank rows inside the table, passed over because its data go on below: {rows}',
  'recognize.ROWS_AFTER_BLANK':
    'rows like its data after the blank row that ends the table, not read: {rows}',
  'recognize.CARDS_READ.one': '1 objective card read under {cell}: label | value rows',
  'recognize.CARDS_READ':
    '{count} objective cards read under {cell}: label | value rows, one card per objective',
  'recognize.CARDS_NUMBERED': 'cards with no number of their own, numbered by their place: {ids}',
  'recognize.CARD_TITLE_PLACED': 'the title of the card at {label} is read from {cell}',
  'recognize.CARD_ROWS_UNREAD': 'rows {rows}: labels in column {column} that Premia does not read',
  'recognize.TRANSVERSAL_HEADING':
    'the heading in {cell} calls these objectives transversal: each is read as an objective of every area',
  'recognize.PHASE_ROWS':
    'rows holding the phases of the objective above, read as its description and not as objectives: {rows}',
  'recognize.AREA_FROM_HEADING': 'area «{area}» from the group heading in {cell}, down to the next heading',
  'recognize.BLOCK_INDICATORS':
    'no objective column: the indicators are read as those of the objective in {cell}, the block above',
  'recognize.BLOCK_ROWS_CONTINUED':
    'rows with no indicator, target or actual, read as the row above continued: {rows}',
  'recognize.SAVED_MAPPING_APPLIED': 'the saved mapping of this table applies, not automatic recognition',
  // --- end recognition notes ---

  // --- cli: cli.* ---
  'cli.description': 'Premia: validation, scores and distribution of the performance fund on .xlsx files.',
  'cli.inspect': 'Lists the tables recognised in the workbook.',
  'cli.validate': 'Validates weights, totals, dates and assignments.',
  'cli.score': 'Computes the scores of objectives and areas.',
  'cli.distribute': 'Distributes the fund, to the cent.',
  'cli.usage.unknownOption': 'error: there is no option "{name}".',
  'cli.usage.unknownCommand': 'error: there is no command "{name}".',
  'cli.usage.missingArgument': 'error: {name} is missing, the workbook to read.',
  'cli.usage.optionArgumentMissing': 'error: option "{name}" needs a value.',
  'cli.usage.tooManyArguments': 'error: too many arguments; the command reads one workbook.',
  'cli.usage.didYouMean': 'Did you mean "{name}"?',
  'cli.help.usage': 'Usage:',
  'cli.help.programUsage': '[options] [command]',
  'cli.help.commandUsage': '[options] <workbook.xlsx>',
  'cli.help.options': 'Options:',
  'cli.help.commands': 'Commands:',
  'cli.help.arguments': 'Arguments:',
  'cli.help.globalOptions': 'Global options:',
  'cli.help.option': 'show this help',
  'cli.help.command': 'show the help of a command',
  'cli.help.version': 'show the version',
  'cli.option.json': 'print one JSON document on stdout',
  'cli.option.out': "write Premia's sheets into a copy of the workbook",
  'cli.option.params': 'parameters in a JSON file (see docs/parameters-json.md)',
  'cli.error.read': 'cannot read {file}: {detail}.',
  'cli.error.write': 'cannot write {file}: {detail}; the destination file was not touched.',
  'cli.fs.ENOENT': 'no such file or folder',
  'cli.fs.EACCES': 'permission denied',
  'cli.fs.EPERM': 'operation not permitted',
  'cli.fs.EISDIR': 'it is a folder, not a file',
  'cli.fs.ENOTDIR': 'part of the path is not a folder',
  'cli.fs.EBUSY': 'the file is in use by another program (open in Excel?)',
  'cli.fs.EROFS': 'the disk is read-only',
  'cli.fs.ENOSPC': 'the disk is full',
  'cli.fs.EMFILE': 'too many open files',
  'cli.fs.ENAMETOOLONG': 'the file name is too long',
  'cli.fs.other': 'file system error ({code})',
  'cli.noArea': '(no area)',
  'cli.distribution.employeesTotal': 'Total',
  'cli.error.notXlsx': '{file} is not a readable .xlsx workbook.',
  'cli.error.emptyOut': 'empty --out: give the name of the copy to write.',
  'cli.error.needXlsm': 'the workbook holds macros and the copy keeps them: --out {file} must end in .xlsm.',
  'cli.error.needXlsx': 'the workbook holds no macros: --out {file} must end in .xlsx, not .xlsm.',
  'cli.error.paramsUtf16': '{file} is encoded in UTF-16: save it as UTF-8.',
  'cli.error.paramsNotUtf8': '{file} is not UTF-8 text: save it as UTF-8.',
  'cli.error.paramsTwice': '--params is given twice: give one parameters file.',
  'cli.error.notFile': '{file} is not a file (a folder or a device).',
  'cli.error.tooLarge': '{file} is too large ({size} MB): Premia reads files up to {limit} MB.',
  'cli.error.notEditable':
    'cannot write {file} leaving the rest of the workbook intact ({detail}): no file written.',
  'cli.error.encrypted':
    '{file} is protected by a password to open: Premia cannot read it. Remove the password in Excel and save a copy.',
  'cli.error.xls':
    '{file} is in the Excel 97-2003 .xls format: open it in Excel and save it as an .xlsx workbook.',
  'cli.error.sameFile': '--out {file} is the input file: Premia always writes a copy, never the original.',
  'cli.error.unexpected': 'unexpected error: {detail}',
  'cli.written': 'Wrote {file}.',
  'cli.progress.read': 'Reading the workbook',
  'cli.progress.recognize': 'Recognising tables',
  'cli.progress.validate': 'Validating',
  'cli.progress.score': 'Computing scores',
  'cli.progress.distribute': 'Distributing the fund',
  'cli.progress.write': 'Writing sheets',
  'cli.inspect.none': 'No table recognised.',
  'cli.inspect.count': 'Tables recognised: {count}',
  'cli.inspect.rows': '{rows} rows',
  'cli.inspect.hiddenSheet': 'Hidden sheet, not read: {sheet} (tables recognisable: {tables})',
  'cli.inspect.hiddenSheetRead':
    'Hidden sheet, read because no visible sheet has tables like its own: {sheet} (tables: {tables})',
  'recognize.more': '{list} and {count} more',
  'recognize.more.one': '{list} and 1 more',
  'cli.inspect.rows.one': '1 row',
  'cli.kind.weights': 'Objective weights',
  'cli.kind.transversal': 'Transversal objectives list',
  'cli.kind.objectives': 'Objectives and indicators',
  'cli.kind.projects': 'Projects',
  'cli.kind.relevance': 'Area relevance',
  'cli.kind.staff': 'Staff',
  'cli.kind.assignments': 'Assignments',
  'cli.kind.objective-cards': 'Objective cards',
  'cli.findings.none': 'No problems found.',
  'cli.findings.count': 'Errors: {errors}, warnings: {warnings}',
  'cli.severity.error': 'ERROR',
  'cli.severity.warning': 'Warning',
  'cli.scores.areas': 'Scores by area',
  'cli.scores.objectives': 'Achievement of objectives (effective after soglia and curve)',
  'cli.distribution.refused': 'Distribution refused ({count} reasons):',
  'cli.distribution.refused.one': 'Distribution refused (1 reason):',
  'cli.distribution.title': 'Distribution of the fund',
  'cli.distribution.allocationTitle': 'Allocation of the fund (before the achievements)',
  'cli.distribution.paymentWaits': 'Payment: waits for the achievements (no objective has one yet).',
  'cli.distribution.paymentRefused': 'Payment refused ({count} reasons):',
  'cli.distribution.paymentToFix': 'To fix before the payment ({count}):',
  'cli.distribution.paymentRefused.one': 'Payment refused (1 reason):',
  'cli.distribution.allocatedUnits': 'Objectives and projects (allocated)',
  'cli.distribution.potential': 'Employees, potential share ({count})',
  'cli.distribution.fund': 'Fund',
  'cli.distribution.reserve': 'Reserve',
  'cli.distribution.fixed': 'Fixed budgets',
  'cli.distribution.paid': 'Paid',
  'cli.distribution.withoutStaff': 'of which without staff',
  'cli.distribution.economie': 'Economie (savings)',
  'cli.distribution.pools': 'Pools',
  'cli.distribution.paidShort': 'paid',
  'cli.distribution.units': 'Objectives and projects (allocated × achievement = paid)',
  'cli.distribution.employees': 'Employees ({count})',
  // --- end cli ---

  // --- writers: sheet.* ---
  'sheet.common.generatedAt': 'Generated on {date}',
  'sheet.common.plan': 'Comune of {comune}, year {year}',
  'sheet.common.planComune': 'Comune of {comune}',
  'sheet.common.planYear': 'Year {year}',
  'sheet.common.planNamed': '{comune}, year {year}',
  'sheet.common.total': 'Total',
  'sheet.common.cells': 'Cells',
  'sheet.common.area': 'Area',
  'sheet.common.objective': 'Objective',
  'sheet.common.code': 'Code',
  'sheet.common.message': 'Message',
  'sheet.common.severity': 'Severity',
  'sheet.common.noArea': '(no area)',
  'sheet.common.yes': 'Yes',
  'sheet.common.no': 'No',
  'sheet.common.moreCells': '{first} (+{count})',
  'sheet.common.truncated': '… (text shortened)',
  'sheet.severity.error': 'Error',
  'sheet.severity.warning': 'Warning',
  'sheet.validation.title': 'Premia – Plan check',
  'sheet.validation.errors.one': '1 error',
  'sheet.validation.errors': '{count} errors',
  'sheet.validation.warnings.one': '1 warning',
  'sheet.validation.warnings': '{count} warnings',
  'sheet.validation.summary': '{errors}, {warnings}.',
  'sheet.validation.summaryBlocked':
    '{errors}, {warnings}: the distribution stays blocked while there are errors.',
  'sheet.validation.ok.severity': 'OK',
  'sheet.validation.ok.message': 'No errors and no warnings: the plan is ready for scores and distribution.',
  'sheet.scores.title': 'Premia – Scores of objectives and areas',
  'sheet.scores.objectives': 'Objectives',
  'sheet.scores.areas': 'Areas',
  'sheet.scores.col.id': 'No.',
  'sheet.scores.col.achievement': 'Achievement',
  'sheet.scores.col.belowSoglia': 'Below soglia',
  'sheet.scores.col.effective': 'Effective',
  'sheet.scores.col.source': 'Source',
  'sheet.scores.col.notes': 'Notes',
  'sheet.scores.col.score': 'Score',
  'sheet.scores.col.weightSum': 'Sum of weights',
  'sheet.scores.col.included': 'Objectives in the score',
  'sheet.scores.col.excluded': 'Objectives left out',
  'sheet.scores.source.indicators': 'indicators',
  'sheet.scores.source.manual': 'manual',
  'sheet.scores.source.none': 'cannot be computed',
  'sheet.scores.note.missingActual': 'actual value missing for {count} indicators',
  'sheet.scores.note.missingActual.one': 'actual value missing for 1 indicator',
  'sheet.scores.note.needsManual': '{count} indicators to be assessed by hand',
  'sheet.scores.note.needsManual.one': '1 indicator to be assessed by hand',
  'sheet.scores.note.indicator': 'indicator {n}: {explanation}',
  'sheet.scores.noObjectives': 'No objectives',
  'sheet.scores.noAreas': 'No areas',
  'sheet.distribution.title': 'Premia – Distribution of the fund',
  'sheet.distribution.summary': 'Summary',
  'sheet.distribution.col.item': 'Item',
  'sheet.distribution.col.amount': 'Amount',
  'sheet.distribution.col.rule': 'Calculation',
  'sheet.distribution.item.fund': 'Fund',
  'sheet.distribution.item.reserve': 'Reserve',
  'sheet.distribution.item.fixed': 'Fixed budgets',
  'sheet.distribution.item.pools': 'Pools (objectives and projects)',
  'sheet.distribution.item.unassigned': 'Unassigned',
  'sheet.distribution.item.checkFund': 'Check of the fund',
  'sheet.distribution.rule.checkFund': 'fund = reserve + fixed budgets + pools + unassigned',
  'sheet.distribution.item.distributed': 'Distributed',
  'sheet.distribution.rule.distributed': 'fund minus reserve',
  'sheet.distribution.item.paid': 'Paid',
  'sheet.distribution.item.withoutStaff': 'of which without staff',
  'sheet.distribution.rule.withoutStaff': 'paid to objectives with nobody to receive it: not handed out',
  'sheet.distribution.item.economie': 'Economie (savings)',
  'sheet.distribution.item.redistributed': 'Economie redistributed',
  'sheet.distribution.rule.redistributed': 'already in paid',
  'sheet.distribution.item.checkPaid': 'Check of the payment',
  'sheet.distribution.rule.checkPaid': 'paid + economie = fixed budgets + pools',
  'sheet.distribution.check.ok': 'reconciles to the cent',
  'sheet.distribution.check.ko': 'does not reconcile: difference of €{amount}',
  'sheet.distribution.pools': 'Pools',
  'sheet.distribution.col.pool': 'Pool',
  'sheet.distribution.col.method': 'Method',
  'sheet.distribution.col.paid': 'Paid',
  'sheet.distribution.col.economie': 'Economie',
  'sheet.distribution.col.unassigned': 'Unassigned',
  'sheet.distribution.method.coefficient': 'by coefficient (category points × staff)',
  'sheet.distribution.method.relevance': 'by area relevance',
  'sheet.distribution.method.weight': 'by objective weight',
  'sheet.distribution.method.fixed': 'fixed budget',
  'sheet.distribution.units': 'Objectives and projects',
  'sheet.distribution.col.id': 'No.',
  'sheet.distribution.col.title': 'Objective/Project',
  'sheet.distribution.col.coefficient': 'Coefficient',
  'sheet.distribution.col.allocated': 'Allocated',
  'sheet.distribution.col.achievement': 'Achievement',
  'sheet.distribution.col.redistributed': 'Economie redistributed',
  'sheet.distribution.col.trail': 'Calculation',
  'sheet.distribution.noUnits': 'No objective or project receives an amount.',
  'sheet.distribution.noPools': 'No pools.',
  'sheet.distribution.byArea': 'By area',
  'sheet.distribution.chart': 'Distribution by area',
  'sheet.distribution.warnings': 'Warnings',
  'sheet.distribution.noWarnings': 'No warnings.',
  'sheet.distribution.refused':
    'The distribution was not computed: the problems listed below must be solved first. No amount was written.',
  'sheet.distribution.reasons': 'Reasons',
  'sheet.distribution.phase.payment':
    'Phase: payment. Paid = allocated amount × degree of achievement; the rest is economie.',
  'sheet.distribution.phase.waiting':
    'Phase: allocation. Amounts allocated to projects, areas and objectives; employees’ shares are potential. The payment waits for the degrees of achievement: no objective has one yet.',
  'sheet.distribution.phase.refused':
    'Phase: allocation. The payment is refused for {count} reasons, listed below; employees’ shares are potential.',
  'sheet.distribution.phase.refused.one':
    'Phase: allocation. The payment is refused for 1 reason, given below; employees’ shares are potential.',
  'sheet.distribution.paymentReasons': 'Why the payment is refused',
  'sheet.distribution.paymentToFix': 'To fix before the payment',
  'sheet.employees.title': 'Premia – Amounts per employee',
  'sheet.employees.col.employee': 'Employee',
  'sheet.employees.col.total': 'Total',
  'sheet.employees.col.share': 'Share',
  'sheet.employees.col.amount': 'Amount',
  'sheet.employees.col.trail': 'Calculation',
  'sheet.employees.col.assignment': 'Assignment',
  'sheet.employees.areaRule': "The area's whole staff (nobody named)",
  'sheet.employees.areaRuleFor': "The area's whole staff (nobody named) for: {objectives}",
  'sheet.employees.summary': 'Total per employee',
  'sheet.employees.detail': 'Breakdown by objective',
  'sheet.employees.col.grade': 'Grade',
  'sheet.employees.col.hours': 'Weekly hours',
  'sheet.employees.col.objectives': 'Objectives',
  'sheet.employees.check.paid': 'Paid to the objectives with staff (sheet “{sheet}”)',
  'sheet.employees.check.allocated': 'Allocated to the objectives with staff (sheet “{sheet}”)',
  'sheet.employees.check.label': 'Check: employees’ total = amount of the objectives with staff',
  'sheet.employees.check.detail': 'Check of the breakdown rows against each employee’s total',
  'sheet.employees.check.detailLine': '{check}: {result}',
  'sheet.employees.check.detailKo': 'does not reconcile for: {names}',
  'sheet.employees.none': 'No employee receives an amount.',
  'sheet.employees.longLayout':
    'One row per employee and objective: {count} objectives are too many for one column each.',
  'sheet.employees.refused': 'The distribution was not computed: the reasons are on the sheet “{sheet}”.',
  'sheet.employees.potential':
    'Potential shares of the allocation, not paid yet: the phase and its reasons are on the sheet “{sheet}”.',
  'sheet.transparency.title': 'Premia – Transparency data (art. 20 d.lgs. 33/2013)',
  'sheet.transparency.col.item': 'Item',
  'sheet.transparency.col.value': 'Value',
  'sheet.transparency.item.comune': 'Comune',
  'sheet.transparency.item.year': 'Year',
  'sheet.transparency.item.allocated': 'Bonuses allocated',
  'sheet.transparency.item.paid': 'Bonuses actually paid',
  'sheet.transparency.item.withoutStaff': 'Paid to objectives without staff (not handed out)',
  'sheet.transparency.item.economie': 'Economie (savings)',
  'sheet.transparency.item.employees': 'Number of employees paid',
  'sheet.transparency.item.minimum': 'Minimum amount',
  'sheet.transparency.item.median': 'Median amount',
  'sheet.transparency.item.maximum': 'Maximum amount',
  'sheet.transparency.item.average': 'Average amount',
  'sheet.transparency.item.aboveAverage': 'Share of staff above the average',
  'sheet.transparency.item.differentiation': 'Differentiation of bonuses (art. 69 CCNL 21/5/2018)',
  'sheet.transparency.diff.ok':
    'Met: {count} employees out of {employees} ({percent} %) receive at least €{threshold}, {premium} % above the average of €{average}; the minimum is {minPercent} % of the staff.',
  'sheet.transparency.diff.ok.one':
    'Met: 1 employee out of {employees} ({percent} %) receives at least €{threshold}, {premium} % above the average of €{average}; the minimum is {minPercent} % of the staff.',
  'sheet.transparency.diff.ko': 'Not met. {message}',
  'sheet.transparency.diff.na': 'Cannot be checked: at least two employees must be paid.',
  'sheet.transparency.note':
    'Minimum, median, maximum, average and share above the average count the employees paid more than zero.',
  'sheet.transparency.refused': 'The distribution was not computed: the reasons are on the sheet “{sheet}”.',
  'sheet.transparency.beforePayment':
    'No premium is paid yet: the “{sheet}” sheet holds the allocation. The figures to publish are written with the payment.',
  'sheet.log.title': 'Premia – Run log',
  'sheet.log.col.at': 'Date and time',
  'sheet.log.col.operation': 'Operation',
  'sheet.log.col.hash': 'Input fingerprint',
  'sheet.log.col.params': 'Parameters',
  'sheet.log.col.totals': 'Totals',
  'sheet.log.col.errors': 'Errors',
  'sheet.log.col.warnings': 'Warnings',
  'sheet.log.op.validate': 'Check',
  'sheet.log.op.score': 'Scores',
  'sheet.log.op.distribute': 'Distribution',
  'sheet.log.param.fund': 'Fund',
  'sheet.log.param.reserve': 'Reserve',
  'sheet.log.param.pools': 'Pools',
  'sheet.log.param.defaultMethod': 'Split method',
  'sheet.log.param.sogliaPolicy': 'Minimum threshold policy',
  'sheet.log.param.latePenaltyPerMonth': 'Penalty per month late',
  'sheet.log.param.atMostPolicy': '"At most" objectives',
  'sheet.log.param.partTime': 'Proportional to part-time',
  'sheet.log.param.fullTimeHours': 'Full-time hours',
  'sheet.log.param.individualEvaluation': 'Individual evaluation',
  'sheet.log.param.absenceReduction': 'Reduction for absences',
  'sheet.log.param.redistributeEconomie': 'Redistribute economie',
  'sheet.log.param.differentiationPremiumPercent': 'Differentiation premium',
  'sheet.log.param.differentiationMinStaffPercent': 'Minimum differentiated staff',
  'sheet.log.param.paymentTimesMinWeight': 'Minimum weight of the payment-times objective',
  'sheet.log.param.categoryPoints': 'Category points',
  'sheet.log.param.headcountBands': 'Headcount bands',
  'sheet.log.param.payoutCurve': 'Payout curve',
  'sheet.log.param.euros': '€{amount}',
  'sheet.log.param.none': 'not given',
  'sheet.log.param.rest': 'the rest',
  'sheet.log.param.defaults': 'defaults',
  'sheet.log.param.proportional': 'proportional',
  'sheet.log.param.soglia.proportional': 'proportional',
  'sheet.log.param.soglia.full': 'full',
  'sheet.log.param.atMost.binary': 'yes/no',
  'sheet.log.param.atMost.proportional': 'proportional',
  'sheet.log.totals.fund': 'fund €{amount}',
  'sheet.log.totals.paid': 'paid €{amount}',
  'sheet.log.totals.economie': 'economie €{amount}',
  // --- end writers ---

  // --- params: finding.PARAMS_* ---
  'finding.PARAMS_UNKNOWN_LABEL':
    '{cell}: "{label}" is not a Premia parameter and is ignored (check its spelling).',
  'finding.PARAMS_LABEL_MISSING':
    '{cell}: the value "{text}" has no parameter name in column A and is ignored.',
  'finding.PARAMS_DUPLICATE_LABEL':
    '{cell}: the parameter "{label}" is already in {otherCell}; keep only one (the first counts).',
  'finding.PARAMS_ERROR_VALUE': '{cell}: it holds the Excel error {text}; fix the formula or the value.',
  'finding.PARAMS_NOT_MONEY': '{cell}: "{text}" is not an amount in euros.',
  'finding.PARAMS_MONEY_NEGATIVE': '{cell}: the amount "{text}" is negative; it must be 0 or more.',
  'finding.PARAMS_NOT_PERCENT': '{cell}: "{text}" is not a percentage (e.g. 10 or 10%).',
  'finding.PARAMS_NOT_NUMBER': '{cell}: "{text}" is not a number.',
  'finding.PARAMS_NOT_INTEGER': '{cell}: "{label}" must be a whole number, not "{text}".',
  'finding.PARAMS_NOT_YES_NO': '{cell}: "{text}" is neither YES nor NO.',
  'finding.PARAMS_NOT_KEYWORD':
    '{cell}: "{text}" is not an accepted value for "{label}"; write one of: {accepted}.',
  'finding.PARAMS_NOT_PAYOUT':
    '{cell}: "{text}" is not a valid payout; write "proporzionale" or a percentage from 0 to 100.',
  'finding.PARAMS_OUT_OF_RANGE': '{cell}: "{label}" is {value}, outside {min}-{max}; the default is used.',
  'finding.PARAMS_VALUE_MISSING': '{cell}: the value of "{label}" is missing; the row is ignored.',
  'finding.PARAMS_SECTION_HEADER_MISSING':
    '{cell}: the table "{section}" has no header row with the columns {columns}; the table is ignored.',
  'finding.PARAMS_SECTION_EMPTY':
    '{cell}: the table "{section}" has no rows; it cannot be empty (delete it to use the defaults).',
  'finding.PARAMS_SECTION_DUPLICATE':
    '{cell}: the table "{section}" is already in {otherCell}; the first counts, this one is ignored.',
  'finding.PARAMS_POOL_NAME_DUPLICATE':
    '{cell}: the pool "{pool}" is already in {otherCell}; every pool needs its own name.',
  'finding.PARAMS_POOL_TIPOLOGIA_UNKNOWN':
    '{cell}: in the pool "{pool}" the tipologia "{text}" is not one of GENERALE, INTERSETTORIALE, SETTORE.',
  'finding.PARAMS_POOL_TIPOLOGIA_DUPLICATE':
    '{cell}: the tipologia {tipologia} is in both the pool "{pool}" and the pool "{otherPool}" ({otherCell}); each tipologia goes in one pool.',
  'finding.PARAMS_CATEGORY_DUPLICATE':
    '{cell}: the category "{category}" is already in {otherCell}; write each category once.',
  'finding.PARAMS_JSON_SYNTAX': '{file}: not a valid JSON file ({detail}).',
  'finding.PARAMS_JSON_DUPLICATE_KEY':
    '{file}: {path}: the key is written twice in the same object; write it once (otherwise only the last would count).',
  'finding.PARAMS_JSON_ROOT': '{file}: it must hold a JSON object {…} with the parameters.',
  'finding.PARAMS_JSON_UNKNOWN_KEY': '{file}: {path}: unknown key; the accepted keys are: {allowed}.',
  'finding.PARAMS_JSON_MONEY':
    '{file}: {path}: must be a non-negative amount in euros with at most two decimals, as a number (60000) or a string ("60000.00").',
  'finding.PARAMS_JSON_PERCENT': '{file}: {path}: must be a number between 0 and 100.',
  'finding.PARAMS_JSON_NUMBER_MIN': '{file}: {path}: must be a number greater than or equal to {min}.',
  'finding.PARAMS_JSON_POSITIVE': '{file}: {path}: must be a number greater than 0.',
  'finding.PARAMS_JSON_INTEGER_MIN': '{file}: {path}: must be a whole number greater than or equal to {min}.',
  'finding.PARAMS_JSON_INTEGER_RANGE': '{file}: {path}: must be a whole number between {min} and {max}.',
  'finding.PARAMS_JSON_BOOLEAN': '{file}: {path}: must be true or false.',
  'finding.PARAMS_JSON_TEXT': '{file}: {path}: must be a non-empty string.',
  'finding.PARAMS_JSON_ENUM': '{file}: {path}: must be one of {allowed}.',
  'finding.PARAMS_JSON_ARRAY': '{file}: {path}: must be an array [ … ].',
  'finding.PARAMS_JSON_OBJECT': '{file}: {path}: must be an object {…}.',
  'finding.PARAMS_JSON_EMPTY': '{file}: {path}: must not be empty.',
  'finding.PARAMS_JSON_REQUIRED': '{file}: {path}: is missing and required.',
  'finding.PARAMS_JSON_DUPLICATE': '{file}: {path}: "{value}" is already in {otherPath}.',
  'finding.PARAMS_JSON_AMOUNT_AND_PERCENT': '{file}: {path}: give the amount or the percent, not both.',
  'finding.PARAMS_JSON_PAYOUT': '{file}: {path}: must be "proportional" or a number between 0 and 100.',
  'params.sheet.note': 'Premia parameters sheet: edit only the Valore column and the tables below.',
  'params.note.comune': 'Name of the comune',
  'params.note.year': 'Year of the performance plan',
  'params.note.fund': 'Performance fund (risorse decentrate); empty: no distribution',
  'params.note.reserve': 'Amount kept back, not distributed',
  'params.note.defaultMethod': 'coefficiente, rilevanza or peso; used when there are no pools',
  'params.note.sogliaPolicy': 'proporzionale or piena: what is paid above the soglia minima',
  'params.note.latePenaltyPerMonth': 'Percent taken off per month (or part of a month) late',
  'params.note.atMostPolicy': 'sì/no or proporzionale, for "at most" targets',
  'params.note.partTime': 'SÌ: shares follow weekly hours',
  'params.note.fullTimeHours': 'Weekly hours of full time',
  'params.note.individualEvaluation': 'SÌ: shares are multiplied by the individual evaluation',
  'params.note.absenceReduction': 'Only where local bargaining provides for it (d.lgs. 150/2009)',
  'params.note.absencePercentPerDay': 'Used only with Riduzione per assenze = SÌ',
  'params.note.redistributeEconomie': 'SÌ: savings stay in the pool among the objectives reached',
  'params.note.differentiationPremiumPercent': 'Art. 69 CCNL 21/5/2018',
  'params.note.differentiationMinStaffPercent': 'Art. 69 CCNL 21/5/2018',
  'params.note.paymentTimesMinWeight': 'Art. 4-bis DL 13/2023',
  // --- end params ---

  // --- office: office.* ---
  'office.protectedSheet': 'The sheet «{sheet}» is protected: unprotect it and try again.',
  'office.protectedWorkbook':
    'The workbook structure is protected: Premia cannot add, rename or delete sheets. Unprotect it (Review > Protect Workbook) and try again.',
  'office.protected': 'A sheet or the workbook is protected: unprotect it and try again.',
  'office.readOnly':
    'The workbook is open read-only: Premia cannot write to it. Open it for editing (or save a copy) and try again.',
  'office.editMode': 'You are editing a cell: press Enter or Esc and try again.',
  'office.payloadTooLarge':
    'Excel refused the data as too large even in small blocks ({detail}). Try Excel desktop or the command line.',
  'office.usedRangeTooLarge':
    'The sheet «{sheet}» is used up to {detail}: too many cells to read. This is usually a stray value far from the tables: Ctrl+End goes to the last used cell; clear it (or delete the empty rows and columns up to it) and try again, or use the command line.',
  'office.connection': 'Excel did not answer (connection lost?). Check the network and try again.',
  'office.unknown': 'Excel answered with an unexpected error: {detail}',
  'office.sheetNotFound': 'The sheet «{sheet}» is no longer in the workbook.',
  // --- end office ---

  // --- command: command.* ---
  'command.validate.ok': 'Weights and tables are in order: no errors.',
  'command.validate.okWarnings': 'No errors, {warnings} warnings: see the sheet «Premia - Verifica».',
  'command.validate.okWarnings.one': 'No errors, 1 warning: see the sheet «Premia - Verifica».',
  'command.validate.errors':
    '{errors} and {warnings}: the first cells to fix are selected. Open Premia for the list.',
  'command.validate.errorCount': '{count} errors',
  'command.validate.errorCount.one': '1 error',
  'command.validate.warningCount': '{count} warnings',
  'command.validate.warningCount.one': '1 warning',
  'command.validate.failed': 'Premia could not validate the workbook.',
  // --- end command ---

  // --- ui: ui.* ---
  'ui.pane.tagline': 'Weights, scores and the distribution of the fund, from your own workbook.',
  'ui.workbench.tagline': "Workbench: Premia's pane on an .xlsx workbook, without Excel.",
  'ui.tab.detection': 'Tables',
  'ui.tab.validation': 'Validation',
  'ui.tab.parameters': 'Parameters',
  'ui.tab.results': 'Results',
  'ui.stage.reading': 'Reading the workbook…',
  'ui.stage.validating': 'Checking the data…',
  'ui.stage.scoring': 'Computing the scores…',
  'ui.stage.distributing': 'Distributing the fund…',
  'ui.stage.writing': "Writing Premia's sheets…",
  'ui.stage.saving': 'Saving…',
  'ui.dismiss': 'Close',
  'ui.loadingView': 'Loading…',
  'ui.error.unexpected': 'An unexpected error occurred: {detail}',
  'ui.notice.mappingSaved': 'Table mapping saved in the workbook.',
  'ui.notice.paramsSaved': 'Parameters saved in the parameters sheet.',
  'ui.severity.error': 'Error',
  'ui.severity.warning': 'Warning',
  'ui.findings.general': 'General',
  'ui.findings.select': 'Select the cells',
  'ui.kind.weights': 'Objective weights',
  'ui.kind.transversal': 'Transversal objectives list',
  'ui.kind.objectives': 'Objectives and indicators',
  'ui.kind.projects': 'Projects',
  'ui.kind.relevance': 'Area relevance',
  'ui.kind.staff': 'Staff',
  'ui.kind.assignments': 'Assignments',
  'ui.kind.objective-cards': 'Objective cards',
  'ui.kind.ignore': 'Ignore',
  'ui.detection.reading': 'Reading the workbook…',
  'ui.detection.summary':
    'Tables found: {tables}. Areas: {areas}, objectives and projects: {objectives}, employees: {employees}.',
  'ui.detection.confirmedBefore':
    'The table mapping was confirmed before: Premia reads the tables as stated then.',
  'ui.detection.none':
    'No table recognised: Premia needs headers such as "Obiettivo", "Peso", "Indicatore", "Cognome e nome".',
  'ui.detection.columnFor': 'Column read for "{header}":',
  'ui.detection.columnAria': 'Column read for "{header}" in {table}',
  'ui.detection.kind': 'Table kind',
  'ui.detection.confirmedBadge': 'confirmed',
  'ui.detection.noArea': 'no area',
  'ui.detection.rows': 'rows: {rows}',
  'ui.detection.ignored': 'Ignored tables: {list}.',
  'ui.detection.restore': 'Restore them',
  'ui.detection.confirm': 'Confirm',
  'ui.validation.intro':
    'Checks weights, totals, indicators, dates, staff and assignments. Writes the "Premia - Verifica" sheet.',
  'ui.validation.run': 'Validate',
  'ui.validation.summary': 'Errors: {errors} · warnings: {warnings}',
  'ui.validation.clean': 'No errors and no warnings.',
  'ui.validation.highlight': 'Highlight the cells',
  'ui.validation.clearHighlight': 'Remove the highlight',
  'ui.validation.highlighted':
    "Cells highlighted: {count} ranges, with a conditional format of Premia's; the cells' own formatting does not change.",
  'ui.validation.highlighted.one':
    "Cells highlighted: 1 range, with a conditional format of Premia's; the cells' own formatting does not change.",
  'ui.validation.notHighlighted': 'No cells highlighted by Premia.',
  'ui.params.fromSheet': 'Parameters read from the "{sheet}" sheet. "Save" rewrites it whole.',
  'ui.params.defaults':
    'The workbook has no "{sheet}" sheet: the defaults are shown. "Save" creates the sheet.',
  'ui.params.fund': 'Fund',
  'ui.params.reserve': 'Reserve',
  'ui.params.soglia': 'Above the minimum threshold',
  'ui.params.soglia.proportional': 'pay in proportion to achievement',
  'ui.params.soglia.full': 'pay in full',
  'ui.params.penalty': 'Penalty per month late',
  'ui.params.partTime': 'Proportion to weekly hours (part-time)',
  'ui.params.evaluation': 'Apply the individual evaluation',
  'ui.params.redistribute': 'Redistribute economie inside the pool',
  'ui.params.pools': 'Pools',
  'ui.params.pool.name': 'Name',
  'ui.params.pool.amount': 'Amount €',
  'ui.params.pool.percent': 'Share %',
  'ui.params.pool.tipologie': 'Tipologie (comma-separated)',
  'ui.params.pool.method': 'Method',
  'ui.params.categories': 'Points per category',
  'ui.params.category': 'Category',
  'ui.params.points': 'Points',
  'ui.params.bands': 'Coefficient by number of employees',
  'ui.params.band.min': 'From employees',
  'ui.params.band.coefficient': 'Coefficient',
  'ui.params.curve': 'Payout curve',
  'ui.params.curve.from': 'From achievement %',
  'ui.params.curve.payout': 'Pays %',
  'ui.params.curve.hint': 'Leave "Pays %" empty to pay in proportion to achievement.',
  'ui.params.add': 'Add',
  'ui.params.remove': 'Remove the row',
  'ui.params.save': 'Save',
  'ui.params.invalid': 'Some values cannot be read: fix the fields marked.',
  'ui.params.error.required': 'Missing value',
  'ui.params.error.money': 'Not an amount (e.g. 50,000.00)',
  'ui.params.error.number': 'Not a positive number',
  'ui.method.coefficient': 'by coefficient',
  'ui.method.relevance': 'by area relevance',
  'ui.method.weight': 'by objective weight',
  'ui.results.intro':
    "Computes the objectives' scores and distributes the fund to the cent, in Premia's sheets.",
  'ui.results.score': 'Compute scores',
  'ui.results.distribute': 'Distribute',
  'ui.results.refused': 'Distribution refused',
  'ui.results.refusedHint': 'Reasons: {count}. Fix the data shown and try again.',
  'ui.results.written': 'Distribution written to the "Premia - Distribuzione" sheet.',
  'ui.results.phase.payment': 'Phase: payment',
  'ui.results.phase.allocation': 'Phase: allocation',
  'ui.results.paymentWaits':
    'Allocation written to the "Premia - Distribuzione" sheet, with the employees’ potential shares. The payment waits for the degrees of achievement: no objective has one yet.',
  'ui.results.paymentRefused':
    'Allocation written to the "Premia - Distribuzione" sheet. The payment is refused for {count} reasons:',
  'ui.results.paymentRefused.one':
    'Allocation written to the "Premia - Distribuzione" sheet. The payment is refused for 1 reason:',
  'ui.results.paymentToFix': 'To fix before the payment',
  'ui.results.allocatedTotal': 'Allocated to objectives and projects',
  'ui.results.fund': 'Fund',
  'ui.results.reserve': 'Reserve',
  'ui.results.paid': 'Paid',
  'ui.results.withoutStaff': 'of which without staff (not handed out)',
  'ui.results.economie': 'Economie (unpaid)',
  'ui.results.unassigned': 'Unassigned',
  'ui.results.allocated': 'Allocated',
  'ui.results.byArea': 'By area',
  'ui.results.area': 'Area',
  'ui.results.noArea': 'General and intersectoral projects',
  'ui.results.warnings': 'Warnings',
  'ui.results.scores': 'Area scores',
  'ui.workbench.title': 'Premia — workbench',
  'ui.workbench.sample': 'Sample workbook',
  'ui.workbench.sample.errors': 'Comune di Valdoria (with mistakes)',
  'ui.workbench.sample.clean': 'Comune di Valdoria (clean)',
  'ui.workbench.open': 'Open .xlsx…',
  'ui.workbench.download': 'Download',
  'ui.workbench.loading': 'Loading the workbook…',
  'ui.workbench.loadFailed': 'Cannot open "{name}": {detail}',
  'ui.workbench.cut': 'Only the first {rows} rows and {cols} columns are shown.',
  'ui.conflict.keep': 'Keep the edited versions and write again',
  // --- end ui ---

  // --- trust: finding.OUTPUT_*, trust.* ---
  'finding.OUTPUT_EDITED':
    'The sheet «{sheet}» was edited after Premia wrote it: Premia does not replace it. Move or rename it, or ask Premia to keep it as «{kept}», and try again.',
  'finding.OUTPUT_NAME_TAKEN':
    'There is already a sheet «{sheet}» that Premia did not write: Premia does not replace it. Rename it, or ask Premia to keep it as «{kept}», and try again.',
  'trust.cli.keepEditedHint':
    'No sheet was written. With the --keep-edited option Premia keeps these sheets under another name and writes the new ones.',
  'trust.cli.kept': 'Sheet kept as «{sheet}».',
  'trust.cli.option.keepEdited':
    'keep Premia sheets edited by the user under the name «… (modificato)», then write the new ones',
  // --- end trust ---
};
