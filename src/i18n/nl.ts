// De Nederlandse catalogus: elk woord dat het menu, de meldingen, de bladen en de zijbalk
// tonen, in de woorden van het artikel waar KPI Guard uit voortkwam (KPI, doel, leads,
// klanten, tegenhangers). Typed as a Catalogue: a key missing here, or one English lacks,
// does not compile. Function names and the status identifiers stay English (see status.ts).
import type { Catalogue } from './en';

export const nl: Catalogue = {
  'addon.name': 'KPI Guard',

  'menu.openSidebar': 'Zijbalk openen',
  'menu.buildDashboard': 'Dashboard maken',
  'menu.schedule': 'Inplannen…',
  'menu.refreshAsOf': 'Peildatum bijwerken',
  'menu.remove': 'KPI Guard verwijderen…',
  'menu.help': 'Help',
  'toast.asOfTitle': 'Peildatum',
  'toast.asOfRefreshed': 'Formules die {name} gebruiken, rekenen nu met {date}.',
  'toast.busy': 'Er loopt nog een andere actie van KPI Guard. Probeer het zo opnieuw.',
  'toast.dashboardTitle': 'Dashboard',
  'toast.dashboardBuilt':
    'Het dashboard toont {count} aangemerkte kolommen in live formules. Maak het opnieuw nadat je andere kolommen hebt aangemerkt.',
  'toast.dashboardNothing':
    'Er is nog geen kolom aangemerkt: open de zijbalk, markeer KPI’s en doelen, en maak dan het dashboard.',
  'asOf.label': 'Peildatum (formules van KPI Guard rekenen met deze dag)',
  'remove.title': 'KPI Guard verwijderen',
  'remove.confirm':
    'Alles verwijderen wat KPI Guard aan deze spreadsheet heeft toegevoegd? De kolominstellingen, de kleuren (alleen de eigen regels), de hulp-, instellingen- en dashboardbladen, het benoemde bereik {name} en de planning verdwijnen. Je gegevens, formules, opmaak en eigen regels blijven zoals ze zijn.',
  'remove.cancelled': 'Er is niets verwijderd.',
  'remove.busy':
    'KPI Guard slaat iets op of voert de planning uit in deze spreadsheet. Probeer het over een minuut opnieuw.',
  'remove.historyTitle': 'De geschiedenis bewaren?',
  'remove.history':
    'Het blad "{sheet}" bevat de gedateerde momentopnamen van je KPI’s. Ook verwijderen? Kies Nee om het als gewoon blad te bewaren.',
  'remove.done': 'KPI Guard is uit deze spreadsheet verwijderd.',
  'remove.doneHistoryKept':
    'KPI Guard is uit deze spreadsheet verwijderd; het blad "{sheet}" is bewaard.',
  'help.title': 'KPI Guard',
  'help.text':
    'Een doel (target) is een getal dat een bedrijfsdoel uitdrukt ("vijf nieuwe klanten dit jaar"). ' +
    'Een KPI is een gezondheidsmeting die dat doel dient. Een KPI die je los meet, wordt al snel ' +
    'een doel op zich, dus koppelt KPI Guard elke KPI aan wat hij moet dienen. Open de zijbalk ' +
    '(Extensies ▸ KPI Guard ▸ Zijbalk openen), geef aan welke kolommen KPI’s en welke doelen zijn, ' +
    'en koppel elke KPI aan zijn tegenhangers. Formules: KPI_HEALTH, KPI_TREND, TARGET_PROGRESS, ' +
    'TARGET_PACE en KPI_ISOLATION.',

  'helper.header': '{sheet}: {kpi} ▸ {counterpart} ({rule})',
  'helper.rule.guard': 'mag niet verslechteren',
  'helper.rule.pace': 'moet bijhouden',

  'app.loading': 'Dit blad wordt gelezen…',
  'app.intro':
    'Geef aan welke kolommen KPI’s zijn (gezondheidsmetingen) en welke doelen (targets), en koppel elke KPI aan wat hem eerlijk houdt.',
  'app.sheet': 'Blad: {sheet}',
  'app.asOf': 'Peildatum {date}',
  'app.emptySheet': 'Dit blad heeft nog geen kolommen.',
  'app.loadFailed': 'Het blad kon niet worden gelezen: {reason}',
  'app.reload': 'Opnieuw laden',
  'app.unsaved': 'Niet-opgeslagen wijzigingen.',

  'headerRow.label': 'Koprij',

  // The legend's sentence joins with "maar": a main clause, so each part keeps its verb
  // second ("maar Klanten per lead daalde 7,5 %") whichever words fill it.
  'legend.heading': 'Los geoptimaliseerd',
  'legend.intro':
    'Deze KPI’s zijn gekleurd waar ze verbeteren terwijl wat ze moeten dienen achterblijft. Kies een zin om de rijen te zien.',
  'legend.none':
    'Geen KPI is gekleurd: geen van de {count} KPI’s met tegenhangers verbetert terwijl wat hij moet dienen achterblijft.',
  'legend.noneOne':
    'Geen KPI is gekleurd: de KPI met tegenhangers verbetert niet terwijl wat hij moet dienen achterblijft.',
  'legend.kpi': '{name} (kolom {letter}): gekleurd op {rows} rijen',
  'legend.kpiOne': '{name} (kolom {letter}): gekleurd op 1 rij',
  'legend.sentence': '{kpi} {period}, maar {counterparts}.',
  'legend.rosePercent': '{name} steeg {percent} %',
  'legend.fellPercent': '{name} daalde {percent} %',
  'legend.roseRate': '{name} steeg {rate} {unit}',
  'legend.fellRate': '{name} daalde {rate} {unit}',
  'legend.steady': '{name} bleef gelijk',
  'legend.unmeasured': '{name} veranderde',
  'legend.perKpi': '{counterpart} per {kpi}',
  'legend.listSeparator': ', ',
  'legend.lastSeparator': ' en ',
  'legend.unit.day': 'per dag',
  'legend.unit.week': 'per week',
  'legend.unit.month': 'per maand',
  'legend.unit.quarter': 'per kwartaal',
  'legend.unit.year': 'per jaar',
  'legend.unit.row': 'per rij',
  'legend.period.dates': 'van {from} tot {to}',
  'legend.period.day': 'op {date}',
  'legend.period.numbers': 'in {header} {from}–{to}',
  'legend.period.text': 'van {from} tot {to}',
  'legend.period.rows': 'in de rijen {from}–{to}',
  'legend.period.row': 'in rij {row}',
  'legend.date.dayMonth': '{day} {month}',
  'legend.date.full': '{day} {month} {year}',
  'legend.moreRuns': '…en {count} eerdere reeksen gekleurde rijen.',
  'legend.rowsGone': 'Die rijen staan niet meer in het blad. Laad opnieuw.',
  'legend.selected': '{range} in het blad geselecteerd.',
  'month.1': 'jan',
  'month.2': 'feb',
  'month.3': 'mrt',
  'month.4': 'apr',
  'month.5': 'mei',
  'month.6': 'jun',
  'month.7': 'jul',
  'month.8': 'aug',
  'month.9': 'sep',
  'month.10': 'okt',
  'month.11': 'nov',
  'month.12': 'dec',

  'glance.heading': 'In één oogopslag',
  'glance.nothingMarked': 'Er is nog geen kolom aangemerkt als KPI of doel.',
  'glance.kpi': 'KPI',
  'glance.target': 'Doel',
  'glance.time': 'Tijd',
  'glance.health': 'Gezondheid: {status}',
  'glance.trend': 'Trend: {status}',
  // Taalunie: a space between the number and the percent sign; non-breaking, so they stay together.
  'glance.progress': 'Voortgang: {percent}\u00a0%',
  'glance.pace': 'Tempo: {status}',
  'glance.noValue': 'nog geen waarde',
  'glance.cannotCompute': 'Niet te berekenen: {reason}',
  'glance.stale': 'verouderd (STALE): geplande uitvoeringen zonder nieuwe waarde: {runs}',

  'dashboard.column': 'Kolom',
  'dashboard.sheet': 'Blad',
  'dashboard.role': 'Rol',
  'dashboard.latest': 'Laatste waarde',
  'dashboard.series': 'Reeks',
  'dashboard.health': 'Gezondheid',
  'dashboard.trend': 'Trend',
  'dashboard.progress': 'Voortgang',
  'dashboard.pace': 'Tempo',
  'dashboard.isolation': 'Los geoptimaliseerd',
  'dashboard.lastChanged': 'Laatst gewijzigd',
  'dashboard.stale': 'Verouderd',
  'dashboard.row': 'Rij {row}',
  'history.takenAt': 'Vastgelegd op',
  'history.asOf': 'Peildatum',

  // The states the dashboard and the history show: the word first, the English identifier
  // beside it, as for the functions' status words.
  'status.isolated': 'los geoptimaliseerd (ISOLATED), ten koste van {names}',
  'status.notIsolated': 'niet los geoptimaliseerd (NOT ISOLATED)',
  'status.notJudged': 'nog niet beoordeeld (NOT JUDGED YET)',
  'status.noCounterpart': 'geen tegenhanger (NO COUNTERPART)',
  'status.notChecked':
    'niet gecontroleerd (NOT CHECKED): sla de kolominstellingen op in de zijbalk',
  'status.stale': 'verouderd (STALE)',

  'schedule.heading': 'Planning',
  'schedule.recalculate': 'Herberekenen',
  'schedule.off': 'Uit',
  'schedule.hourly': 'Elk uur',
  'schedule.daily': 'Dagelijks',
  'schedule.weekly': 'Wekelijks',
  'schedule.hint':
    'Elke uitvoering zet de peildatum op vandaag, voegt een gedateerde momentopname van elke aangemerkte kolom toe aan het blad {history} en markeert KPI’s waarvan de laatste waarde niet meer verandert. Dagelijkse uitvoeringen komen rond {hour}:00, wekelijkse op maandag, in de tijdzone van de spreadsheet ({zone}).',
  'schedule.staleAfter': 'Verouderd na',
  'schedule.staleTableLabel': 'Verouderde KPI’s (bijgehouden door de planning van KPI Guard)',
  'schedule.staleHint':
    'Zoveel geplande uitvoeringen op rij zonder nieuwe laatste waarde, en een KPI wordt gemarkeerd als verouderd (STALE).',
  'digest.label': 'Mail me als er iets verandert',
  'digest.hint':
    'Na een geplande uitvoering één e-mail als sinds de uitvoering ervoor een KPI los geoptimaliseerd werd, ongezond (UNHEALTHY) of verouderd (STALE), of een doel uit koers (OFF TRACK) raakte of niet gehaald (MISSED) werd. Niets veranderd: geen e-mail. De eerste uitvoering nadat je dit aanzet, legt vast hoe het ervoor staat.',
  'digest.needsSchedule':
    'Kies eerst hoe vaak er herberekend wordt: de e-mail komt na een geplande uitvoering.',
  'digest.recipient': 'De e-mails gaan naar {email}, die dit heeft aangezet.',
  'digest.quotaUsed':
    'Het e-mailquotum van vandaag raakte om {time} op. {count} wijzigingen wachten op de volgende geplande uitvoering met quotum.',
  'digest.failed':
    'De laatste e-mail kon om {time} niet worden verstuurd ({reason}). {count} wijzigingen wachten op de volgende geplande uitvoering.',
  'digest.lastSent': 'Laatste e-mail verstuurd om {time}.',
  'digest.subject': 'KPI Guard: {count} wijzigingen in {spreadsheet}',
  'digest.subjectOne': 'KPI Guard: een wijziging in {spreadsheet}',
  'digest.intro':
    'De geplande uitvoering van {time} vond deze wijzigingen in “{spreadsheet}” sinds de uitvoering ervoor:',
  'digest.introOne':
    'De geplande uitvoering van {time} vond deze wijziging in “{spreadsheet}” sinds de uitvoering ervoor:',
  'digest.isolated': '{kpi} (blad {sheet}, kolom {letter}) wordt los geoptimaliseerd: {sentence}',
  'digest.isolatedNames':
    '{kpi} (blad {sheet}, kolom {letter}) wordt los geoptimaliseerd, ten koste van {names}.',
  'digest.unhealthy':
    '{kpi} (blad {sheet}, kolom {letter}) werd {status}: de laatste waarde ligt buiten de gezonde band.',
  'digest.stale':
    '{kpi} (blad {sheet}, kolom {letter}) is {status}: de laatste waarde bleef {runs} geplande uitvoeringen gelijk.',
  'digest.offTrack':
    'Doel {target} (blad {sheet}, kolom {letter}) raakte {status}: {percent}\u00a0% van de weg naar het doel, achter op het tempo dat de data vragen.',
  'digest.missed':
    'Doel {target} (blad {sheet}, kolom {letter}) werd {status}: de einddatum is voorbij bij {percent}\u00a0% van de weg naar het doel.',
  'digest.open': '{range} openen in {sheet}',
  'digest.footer':
    'Je krijgt deze e-mail omdat je in de zijbalk van KPI Guard in deze spreadsheet “Mail me als er iets verandert” hebt aangezet (Extensies ▸ KPI Guard ▸ Inplannen…). Zet het daar uit om geen e-mails meer te krijgen.',

  'columns.heading': 'Kolommen',
  'column.unnamed': 'Kolom {letter}',
  'column.duplicateName': '{header} ({letter})',

  'field.role': 'Rol',
  'field.direction': 'Richting',
  'field.healthyMin': 'Gezond minimum',
  'field.healthyMax': 'Gezond maximum',
  'field.counterparts': 'Tegenhangers',
  'field.rule': 'Regel',
  'field.goal': 'Doelwaarde',
  'field.baseline': 'Beginwaarde',
  'field.start': 'Begin',
  'field.end': 'Einde',
  'field.measure': 'Voortgang telt',

  'role.label': 'Rol van {column}',
  'role.none': 'Geen',
  'role.kpi': 'KPI',
  'role.target': 'Doel',
  'role.time': 'Tijd',

  'direction.label': 'Richting van {column}',
  'direction.up': 'Hoger is beter',
  'direction.down': 'Lager is beter',
  'healthyMin.label': 'Gezond minimum van {column}',
  'healthyMax.label': 'Gezond maximum van {column}',
  'healthy.hint': 'Laat leeg voor geen grens.',

  'counterparts.label': 'Tegenhangers van {column}',
  'counterparts.hint': 'De doelen die hij dient en de KPI’s die hem eerlijk houden.',
  'counterparts.noOthers': 'Er is geen andere kolom om hem aan te koppelen.',
  'rule.label': 'Regel voor {counterpart} tegen {column}',
  'rule.guard': 'Mag niet verslechteren',
  'rule.pace': 'Moet bijhouden',

  'alone.warning':
    'Een KPI die je los meet, wordt al snel een doel op zich. Koppel {column} aan wat hij moet dienen.',
  'suggest.heading': 'Voorgestelde tegenhangers, beste eerst',
  'suggest.pair': 'Koppelen aan {column}',
  'suggest.reason': 'bleef achter op {flagged} van {judged} rijen terwijl {kpi} verbeterde',
  'suggest.none': 'Geen andere kolom bleef achter terwijl {column} verbeterde.',
  'suggest.afterSave':
    'Sla eerst op: dan zie je welke kolommen achterbleven terwijl {column} verbeterde.',

  'goal.label': 'Doelwaarde van {column}',
  'baseline.label': 'Beginwaarde van {column}',
  'start.label': 'Begin van {column}',
  'end.label': 'Einde van {column}',
  'target.up': 'Hoger is beter: de doelwaarde ligt boven de beginwaarde.',
  'target.down': 'Lager is beter: de doelwaarde ligt onder de beginwaarde.',
  'measure.label': 'Voortgang van {column} telt',
  'measure.latest': 'Laatste waarde',
  'measure.sum': 'Som over de periode',
  'measure.latestHint':
    'De laatste waarde in de kolom is wat er bereikt is: een stand of een lopend totaal, zoals de omzet tot nu toe of het aantal medewerkers.',
  'measure.sumHint':
    'Elke rij bevat een aantal voor zijn eigen periode, zoals nieuwe klanten per maand: de rijen waarvan {time} tussen het begin en de peildatum valt, worden opgeteld.',
  'measure.sumHintNoTime':
    'Elke rij bevat een aantal voor zijn eigen periode, zoals nieuwe klanten per maand. Er is geen Tijd-kolom om de rijen te dateren, dus elke rij wordt opgeteld.',
  'time.hint': 'De periode van elke rij.',

  'save.button': 'Opslaan',
  'save.saving': 'Bezig met opslaan…',
  'save.saved': 'Opgeslagen.',
  'save.nothing': 'Niets op te slaan: er is geen instelling gewijzigd.',
  'save.notColoured': 'Opgeslagen, maar de kleuren konden niet worden bijgewerkt: {reason}',
  'save.invalid': 'Niet opgeslagen: zie de meldingen bij de velden.',
  'save.failed': 'Niet opgeslagen: {reason}',
  'save.stale':
    'Niet opgeslagen: {column} is in een ander venster gewijzigd sinds deze zijbalk hem las. Laad opnieuw om de nieuwere instellingen te zien.',
  'save.staleHeaderRow':
    'Niet opgeslagen: de koprij is in een ander venster gewijzigd sinds deze zijbalk hem las. Laad opnieuw om de nieuwere instellingen te zien.',
  'save.scheduleStale':
    'Niet opgeslagen: de planning is in een ander venster gewijzigd sinds deze zijbalk hem las. Laad opnieuw om hem te zien.',
  'save.busy': 'Niet opgeslagen: er wordt nog iets anders opgeslagen. Probeer het zo opnieuw.',
  'save.sheetGone':
    'Niet opgeslagen: het blad dat deze zijbalk toonde, bestaat niet meer. Laad opnieuw.',

  'invalid.number': 'Voer een getal in, zoals 12 of 0,5.',
  'invalid.required': 'Voer een waarde in.',
  'invalid.minAboveMax': 'Het gezonde minimum ({min}) ligt boven het maximum ({max}).',
  'invalid.goalEqualsBaseline':
    'De doelwaarde is gelijk aan de beginwaarde ({value}): de voortgang ernaartoe is niet te bepalen.',
  'invalid.date': 'Voer een datum in als JJJJ-MM-DD.',
  'invalid.endBeforeStart': 'Het einde ({end}) moet na het begin ({start}) liggen.',
  'invalid.selfCounterpart': 'Een KPI kan niet zijn eigen tegenhanger zijn.',
  'invalid.duplicateCounterpart': '{counterpart} staat er twee keer in.',
  'invalid.tooManyCounterparts': 'Kies hoogstens {max} tegenhangers.',
  'invalid.timeCounterpart': '{counterpart} is de tijdkolom; die kan geen tegenhanger zijn.',
  'invalid.paceNeedsUp':
    '"Moet bijhouden" kan alleen als zowel voor {column} als voor {counterpart} hoger beter is.',
  'invalid.usedAsCounterpart':
    '{kpi} heeft deze kolom als tegenhanger, en een tijdkolom kan dat niet zijn. Ontkoppel hem eerst.',
  'invalid.twoTimeColumns': 'Er kan maar één tijdkolom zijn, en {other} is dat al.',
  'invalid.unknownColumn':
    'Deze kolom staat niet meer in het blad zoals de zijbalk het zag. Laad opnieuw.',
  'invalid.unknownCounterpart':
    'Een tegenhanger staat niet meer in het blad zoals de zijbalk het zag. Laad opnieuw.',
  'invalid.lockedColumn':
    'De opgeslagen instellingen van deze kolom zijn onleesbaar, dus KPI Guard laat ze ongemoeid.',
  'invalid.lockedCounterpart':
    'De opgeslagen instellingen van {counterpart} zijn onleesbaar, dus die kolom kan niet worden gekoppeld.',
  'invalid.headerRow': 'Voer een rijnummer in van 1 tot en met {max}.',
  'invalid.tooLarge': 'Deze instellingen zijn te groot om op te slaan ({size} van {max} tekens).',
  'invalid.staleAfter': 'Voer een geheel aantal uitvoeringen in van 1 tot en met {max}.',
  'invalid.trigger': 'De planning kon niet worden ingesteld: {reason}',
  'invalid.digestNoEmail':
    'Google geeft KPI Guard hier je e-mailadres niet, dus kan KPI Guard je niet mailen.',
  'invalid.payload':
    'De zijbalk stuurde iets wat KPI Guard niet kan lezen ({detail}). Laad opnieuw.',

  'problem.malformed':
    'De KPI Guard-instellingen op kolom {letter} ({column}) zijn onleesbaar ({detail}). Ze worden genegeerd en ongemoeid gelaten.',
  'problem.newer':
    'De instellingen op kolom {letter} ({column}) komen uit een nieuwere versie van KPI Guard (versie {version}). Ze worden genegeerd en ongemoeid gelaten.',
  'problem.oversized':
    'De instellingen op kolom {letter} ({column}) zijn te groot ({size} tekens) om van KPI Guard te zijn. Ze worden genegeerd en ongemoeid gelaten.',
  'problem.duplicate':
    'Kolom {letter} ({column}) heeft {count} KPI Guard-items. Ze worden genegeerd en ongemoeid gelaten.',
  'problem.duplicateId':
    'De kolommen {other} en {letter} hebben hetzelfde KPI Guard-id (is er een kolom gekopieerd?). De instellingen op {letter} worden genegeerd.',
  'problem.notOnColumn':
    'Er is een KPI Guard-item gevonden dat niet bij een kolom hoort; het wordt genegeerd.',
  'problem.droppedLink':
    'De koppeling van {column} naar {counterpart} is vervallen: die kolom is verwijderd. Als je {column} opslaat, verdwijnt ze.',
  'problem.unreadableLink':
    'De koppeling van {column} naar kolom {letter} wordt genegeerd: de instellingen van die kolom zijn onleesbaar.',
  'problem.sheetSettings':
    'De bladinstellingen van KPI Guard zijn onleesbaar ({detail}); KPI Guard neemt rij 1 als koprij.',

  'status.shown': '{word} ({identifier})',
  'status.healthy': 'gezond',
  'status.watch': 'let op',
  'status.unhealthy': 'ongezond',
  'status.noData': 'geen gegevens',
  'status.improving': 'verbetert',
  'status.worsening': 'verslechtert',
  'status.stable': 'stabiel',
  'status.insufficientData': 'te weinig gegevens',
  'status.notStarted': 'nog niet begonnen',
  'status.achieved': 'gehaald',
  'status.missed': 'niet gehaald',
  'status.onTrack': 'op koers',
  'status.atRisk': 'in gevaar',
  'status.offTrack': 'uit koers',
};
