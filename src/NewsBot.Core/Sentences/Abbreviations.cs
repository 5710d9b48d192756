using NewsBot.Core.Text;

namespace NewsBot.Core.Sentences;

/// <summary>Words that a period follows without ending the sentence (titles, months, company forms).</summary>
internal static class Abbreviations
{
    public static readonly WordSet Words = new(
        "m mm mme mmes mlle mlles dr pr me mr mrs ms st ste prof gen sen rep gov lt col sgt capt cpt jr sr " +
        "inc corp ltd co vs cf av env ex no nos vol art ch fig jan feb mar apr aug sep sept oct nov dec " +
        "janv fevr avr juil dept gouv adm cmdr ft mt");

    public static readonly WordSet Months = new(
        "janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre " +
        "janv fevr avr juil sept oct nov dec " +
        "january february march april may june july august september october november december " +
        "jan feb mar apr jun jul aug sep");
}
