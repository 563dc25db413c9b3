package dk.modningsportal.demo;

import dk.modningsportal.note.NoteKind;
import dk.modningsportal.note.NoteSource;
import dk.modningsportal.trialaction.TrialDecision;
import java.util.List;

/** Danish demo content drawn from the seeds' descriptions of the two projects. */
final class DemoTexts {

    record TrialActionText(String title, String goal, String activity, int coreElement, String outcome,
            String learning, TrialDecision decision, String nextStep) {
    }

    record NoteText(String summary, NoteKind kind, int coreElement, NoteSource source) {
    }

    private DemoTexts() {
    }

    static final List<TrialActionText> INCLUSION_TRIAL_ACTIONS = List.of(
            new TrialActionText("Fælles sagsgennemgang med PPR og fritidsområdet",
                    "At PPR og kultur- og fritidsområdet kender de samme børn og taler sammen om fritid.",
                    "Vi holder en månedlig sagsgennemgang på 45 minutter, hvor PPR tager tre børn med, som kunne have gavn af et fritidstilbud.",
                    0, "Tre møder blev holdt. PPR tog 8 børn med, og fem familier blev kontaktet.",
                    "Det virker, når mødet ligger fast i kalenderen og har en tovholder fra fritidsområdet.",
                    TrialDecision.KEEP, "Sagsgennemgangen bliver fast punkt på PPR's teammøde."),
            new TrialActionText("Kontaktperson i hver forening",
                    "At foreningerne ved, hvem de kan ringe til i kommunen, og at kommunen har én indgang til hver forening.",
                    "Vi beder fem foreninger om at udpege en kontaktperson og holder et opstartsmøde med dem.",
                    1, "Fire af fem foreninger udpegede en kontaktperson. Én forening havde ikke kræfter til det.",
                    "Foreningerne vil gerne, men de frivillige skifter ofte. Aftalen skal gælde foreningen, ikke personen.",
                    TrialDecision.ADJUST, "Vi laver en kort samarbejdsaftale med hver forening i stedet for en personlig aftale."),
            new TrialActionText("Invitation gennem skolens trivselsmøder",
                    "At flere familier hører om fritidstilbuddene fra en fagperson, de kender.",
                    "Lærerne nævner fritidsguiden på trivselsmøder med forældre til børn i specialklasser i seks uger.",
                    2, "Syv familier sagde ja til en samtale med fritidsguiden, heraf fire fra samme skole.",
                    "Invitationen virker bedst, når læreren selv har mødt fritidsguiden.",
                    TrialDecision.ADJUST, "Fritidsguiden deltager i et lærermøde på hver skole før næste runde."),
            new TrialActionText("Prøvetræning med fritidsguide",
                    "At barnet får en tryg første oplevelse i foreningen.",
                    "Fritidsguiden følger barnet til de første tre træninger og taler med træneren bagefter.",
                    3, "Seks børn var med til prøvetræning; fem fortsatte efter fire uger.",
                    "De tre første gange er afgørende. Træneren har brug for at kende barnets behov på forhånd.",
                    TrialDecision.KEEP, "Vi laver et kort 'om mig'-ark, som familien og fritidsguiden udfylder sammen."),
            new TrialActionText("Forældrecafé i foreningens klubhus",
                    "At forældrene lærer foreningen og hinanden at kende.",
                    "Vi holder en forældrecafé i klubhuset, mens børnene træner, tre gange i løbet af efteråret.",
                    4, "Få forældre kom første gang, flere kom anden og tredje gang.",
                    "Det tager tid at bygge tillid op; forældrene kom, da andre forældre inviterede dem.",
                    TrialDecision.ADJUST, "Forældre, der allerede kommer, inviterer nye forældre med."),
            new TrialActionText("Kort kursus for frivillige trænere",
                    "At de frivillige føler sig trygge ved at have børn med handicap på holdet.",
                    "Vi tilbyder et aftenkursus på to timer om autisme, ADHD og tilpasning af øvelser.",
                    5, "14 frivillige fra fire foreninger deltog og gav kurset høje karakterer.",
                    "De frivillige efterspørger konkrete øvelser mere end viden om diagnoser.",
                    TrialDecision.ADJUST, "Næste kursus bygges op om øvelser på banen."),
            new TrialActionText("Fast tid i svømmehallen med ekstra voksen",
                    "At børn, der har brug for ro, kan deltage i svømning.",
                    "Vi afsætter en bane en time om ugen med en ekstra voksen fra socialområdet.",
                    4, null, null, null, null),
            new TrialActionText("Fritidspas med kontingentstøtte",
                    "At økonomi ikke står i vejen for deltagelse.",
                    "Familier kan søge fritidspas, som dækker kontingent og udstyr det første år.",
                    2, null, null, null, null));

    static final List<NoteText> INCLUSION_NOTES = List.of(
            new NoteText("Forældrene kom, da vi flyttede mødet til eftermiddagen.", NoteKind.WORKS_WELL, 4,
                    NoteSource.DAILY_PRACTICE),
            new NoteText("Trænerne mangler tid til at tale med forældrene før træning.", NoteKind.HINDERS, 4,
                    NoteSource.DAILY_PRACTICE),
            new NoteText("Indsatsbeskrivelsen bør nævne fritidsguiden som en fast rolle.", NoteKind.CHANGE_PROPOSAL, 3,
                    NoteSource.LOCAL_WORKSHOP),
            new NoteText("Hvordan dokumenterer vi samarbejdet med foreningerne uden at registrere børnene?",
                    NoteKind.QUESTION, 1, NoteSource.DIALOGUE_MEETING),
            new NoteText("Sagsgennemgangen med PPR giver flere henvisninger end opslag på intra.", NoteKind.WORKS_WELL, 0,
                    NoteSource.DAILY_PRACTICE),
            new NoteText("Skolerne har svært ved at finde tid til at invitere familierne.", NoteKind.HINDERS, 2,
                    NoteSource.LOCAL_WORKSHOP),
            new NoteText("Kurset for frivillige skal bygges om konkrete øvelser.", NoteKind.CHANGE_PROPOSAL, 5,
                    NoteSource.REFLECTION_MEETING),
            new NoteText("Kontaktpersoner i foreningerne skifter ofte – aftalen skal ligge hos bestyrelsen.",
                    NoteKind.CHANGE_PROPOSAL, 1, NoteSource.DIALOGUE_MEETING),
            new NoteText("Transport til træning er en barriere for flere familier.", NoteKind.HINDERS, 3,
                    NoteSource.DAILY_PRACTICE),
            new NoteText("De første tre træninger afgør, om barnet bliver.", NoteKind.WORKS_WELL, 3,
                    NoteSource.LOCAL_WORKSHOP));

    static final List<TrialActionText> HOUSING_FIRST_TRIAL_ACTIONS = List.of(
            new TrialActionText("Boligsamtale inden for første uge",
                    "At borgeren får talt om egen bolig tidligt i opholdet.",
                    "Kontaktpersonen holder en boligsamtale med alle nye beboere inden for syv dage.",
                    0, "Samtalen blev holdt med 11 af 14 nye beboere inden for en uge.",
                    "Borgerne tager godt imod samtalen, når den handler om deres egne ønsker til bolig.",
                    TrialDecision.KEEP, "Boligsamtalen skrives ind i modtageproceduren."),
            new TrialActionText("Fast kontaktperson ved udflytning",
                    "At borgeren har den samme kontaktperson før og efter udflytning.",
                    "Bostøttemedarbejderen deltager i de sidste to samtaler på boformen før udflytning.",
                    1, "Overgangen lykkedes for fire borgere; én mistede kontakten efter to uger.",
                    "Kontakten holder, når den første aftale i boligen ligger fast inden udflytning.",
                    TrialDecision.ADJUST, "Første hjemmebesøg aftales altid, før borgeren flytter."),
            new TrialActionText("Borgerens egen plan for støtten",
                    "At borgeren selv sætter ord på, hvilken støtte de ønsker.",
                    "Vi afprøver et enkelt skema, hvor borgeren skriver eller fortæller sine tre vigtigste ønsker.",
                    2, "Skemaet blev brugt med ni borgere; flere ønskede hjælp til økonomi og naboskab.",
                    "Skemaet åbner samtalen, men skal kunne bruges uden at skrive.",
                    TrialDecision.ADJUST, "Vi laver en version med billeder og tager den med på hjemmebesøg."),
            new TrialActionText("Månedligt koordineringsmøde med jobcenter og psykiatri",
                    "At de fagpersoner, der kender borgeren, koordinerer støtten.",
                    "Vi inviterer jobcenter og distriktspsykiatri til et månedligt møde om fælles borgere.",
                    3, null, null, null, null),
            new TrialActionText("Skadesreducerende samtale om alkohol",
                    "At personalet taler åbent om alkohol uden krav om ophør.",
                    "To medarbejdere afprøver en samtaleguide om skadesreduktion med fem beboere.",
                    4, null, null, null, null),
            new TrialActionText("Visitationsmøde om boligtilbud",
                    "At ventetiden på en bolig bliver kortere.",
                    "Boform og kommunens boliganvisning mødes hver anden uge om ledige boliger.",
                    0, null, null, null, null));

    static final List<NoteText> HOUSING_FIRST_NOTES = List.of(
            new NoteText("Boligsamtalen virker bedst, når borgeren selv vælger stedet for samtalen.", NoteKind.WORKS_WELL, 0,
                    NoteSource.DAILY_PRACTICE),
            new NoteText("Ventetiden på billige boliger underminerer princippet om boligen først.", NoteKind.HINDERS, 0,
                    NoteSource.REFLECTION_MEETING),
            new NoteText("Bostøtten bør kunne starte, før borgeren flytter ind.", NoteKind.CHANGE_PROPOSAL, 1,
                    NoteSource.REFLECTION_MEETING),
            new NoteText("Hvordan vælger vi mellem CTI og ICM, når behovet ændrer sig?", NoteKind.QUESTION, 1,
                    NoteSource.DIALOGUE_MEETING),
            new NoteText("Borgerne vil hellere tale om naboskab end om behandling.", NoteKind.WORKS_WELL, 2,
                    NoteSource.DAILY_PRACTICE),
            new NoteText("Jobcentret melder afbud til koordineringsmøderne.", NoteKind.HINDERS, 3,
                    NoteSource.DAILY_PRACTICE),
            new NoteText("Skadesreduktion skal beskrives tydeligere i indsatsbeskrivelsen.", NoteKind.CHANGE_PROPOSAL, 4,
                    NoteSource.REFLECTION_MEETING),
            new NoteText("Fælles refleksionsmøde gav idéer fra Aalborg til vores udflytningsforløb.", NoteKind.WORKS_WELL, 3,
                    NoteSource.REFLECTION_MEETING));

    /**
     * Round 2.0 of the inclusion project: the same few matters written by different municipalities in their own
     * words, as a workshop meets them (the board's search finds and groups them). Per organisation, in the order the
     * inclusion workspaces are made (Aarhus, Odense, Vejle, Herning, Ådalen).
     */
    static final List<List<NoteText>> SAME_MATTER_NOTES = List.of(
            List.of(new NoteText("Vi ringede til forældrene dagen før, og så kom de til mødet.", NoteKind.WORKS_WELL, 4,
                            NoteSource.DAILY_PRACTICE),
                    new NoteText("Forældreinddragelse fra første samtale gør, at barnet bliver i foreningen.",
                            NoteKind.WORKS_WELL, 4, NoteSource.LOCAL_WORKSHOP)),
            List.of(new NoteText("En sms til forældrene aftenen før gav langt bedre fremmøde.", NoteKind.WORKS_WELL, 4,
                            NoteSource.DAILY_PRACTICE),
                    new NoteText("Lange afstande til klubben gør, at børnene udebliver fra træningen.", NoteKind.HINDERS, 4,
                            NoteSource.DAILY_PRACTICE)),
            List.of(new NoteText("Det hjælper at inddrage forældrene allerede i opstartssamtalen.", NoteKind.WORKS_WELL, 4,
                            NoteSource.REFLECTION_MEETING),
                    new NoteText("Når vi mindede forældrene om aftalen dagen før, mødte de op.", NoteKind.WORKS_WELL, 4,
                            NoteSource.DAILY_PRACTICE)),
            List.of(new NoteText("Ingen kan køre børnene til træning, så de falder fra efter få gange.", NoteKind.HINDERS,
                            4, NoteSource.DAILY_PRACTICE),
                    new NoteText("Forældrene skal med fra start, ellers holder barnet op i klubben.", NoteKind.WORKS_WELL,
                            4, NoteSource.LOCAL_WORKSHOP)),
            List.of(new NoteText("Kørsel til træning er svær for familier uden bil.", NoteKind.HINDERS, 4,
                            NoteSource.DIALOGUE_MEETING),
                    new NoteText("En påmindelse til forældrene dagen før mødet virker.", NoteKind.WORKS_WELL, 4,
                            NoteSource.DAILY_PRACTICE)));
}
