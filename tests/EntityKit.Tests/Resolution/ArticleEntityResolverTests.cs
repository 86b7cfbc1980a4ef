using System.Collections.Immutable;
using EntityKit.Resolution;

namespace EntityKit.Tests.Resolution;

public sealed class ArticleEntityResolverTests
{
    private static readonly EntityType Person = EntityType.Person;
    private static readonly EntityType Org = EntityType.Organization;
    private static readonly EntityType Gpe = EntityType.Gpe;

    private static ImmutableArray<Entity> Resolve(string text, ImmutableArray<EntityMention> mentions, string? title = null) =>
        ArticleEntityResolver.Default.Resolve(new ResolutionInput(text, mentions) { Title = title }, default);

    private static string[] Forms(ImmutableArray<EntityMention> mentions, Entity entity) =>
        [.. entity.MentionIndexes.Select(i => mentions[i].Text)];

    [Fact]
    public void Resolve_NoMentions_ReturnsNoEntities() =>
        Assert.Empty(Resolve("Nothing named here.", []));

    [Fact]
    public void Resolve_FullNameThenHonorificAndBareSurname_OneEntity()
    {
        const string text = "Lloyd Austin arrived. Later Mr Austin spoke. Austin left.";
        var mentions = Mentions.Find(text, ("Lloyd Austin", Person), ("Austin", Person));

        var entity = Assert.Single(Resolve(text, mentions));

        Assert.Equal(("Lloyd Austin", 3, 0), (entity.Name, entity.MentionCount, entity.FirstOffset));
        Assert.Equal(new[] { "Austin", "Mr Austin" }, entity.Aliases.AsEnumerable());
    }

    [Fact]
    public void Resolve_SurnameBeforeFullName_StillJoins()
    {
        const string text = "Okafor wins again\n\nCoach Ngozi Okafor led her team to a third title.";
        var mentions = Mentions.Find(text, ("Ngozi Okafor", Person), ("Okafor", Person));

        var entity = Assert.Single(Resolve(text, mentions));

        Assert.Equal("Ngozi Okafor", entity.Name);
    }

    public static TheoryData<string, string, string, string> ShortFormsInAnotherCase => new()
    {
        { "Lloyd Austin arrived. AUSTIN SPEAKS, the headline said.", "Lloyd Austin", "AUSTIN", "PERSON" },
        { "LLOYD AUSTIN ARRIVED. Later Austin spoke.", "LLOYD AUSTIN", "Austin", "PERSON" },
        { "Brenda Okonkwo-Hale spoke. OKONKWO-HALE was asked again.", "Brenda Okonkwo-Hale", "OKONKWO-HALE", "PERSON" },
    };

    [Theory]
    [MemberData(nameof(ShortFormsInAnotherCase))]
    public void Resolve_ShortFormInAnotherCase_JoinsTheLongForm(string text, string longForm, string shortForm, string type)
    {
        var entityType = EntityType.FromName(type);
        var mentions = Mentions.Find(text, (longForm, entityType), (shortForm, entityType));

        var entity = Assert.Single(Resolve(text, mentions));

        Assert.Equal(longForm, entity.Name);
    }

    public static TheoryData<string, string, string> ParticleSurnames => new()
    {
        { "Crown Prince Mohammed bin Salman visited. Mr bin Salman met ministers.", "Mohammed bin Salman", "bin Salman" },
        { "Vincent van Gogh painted it. Van Gogh sold little.", "Vincent van Gogh", "Van Gogh" },
        { "Charles de Gaulle spoke. De Gaulle left.", "Charles de Gaulle", "De Gaulle" },
        { "Haider al-Abadi said so. Mr Al Abadi repeated it.", "Haider al-Abadi", "Al Abadi" },
    };

    [Theory]
    [MemberData(nameof(ParticleSurnames))]
    public void Resolve_SurnameWithParticle_JoinsFullName(string text, string fullName, string shortForm)
    {
        var mentions = Mentions.Find(text, (fullName, Person), (shortForm, Person));

        var entity = Assert.Single(Resolve(text, mentions));

        Assert.Equal((fullName, 2), (entity.Name, entity.MentionCount));
    }

    public static TheoryData<string, string, string> Acronyms => new()
    {
        { "The Popular Mobilisation Forces said the PMF would respond.", "The Popular Mobilisation Forces", "PMF" },
        { "The PMF said that the Popular Mobilisation Forces would respond.", "the Popular Mobilisation Forces", "PMF" },
        { "The United Nations met. The UN agreed.", "United Nations", "UN" },
        { "Officials in the U.S. said the United States would act.", "United States", "U.S." },
        { "The Bank of England warned. The BoE held rates.", "Bank of England", "BoE" },
        { "The International Atomic Energy Agency and the IAEA inspectors.", "International Atomic Energy Agency", "IAEA" },
    };

    [Theory]
    [MemberData(nameof(Acronyms))]
    public void Resolve_AcronymAndExpansionInEitherOrder_OneEntityNamedByExpansion(string text, string expansion, string acronym)
    {
        var mentions = Mentions.Find(text, (expansion, Org), (acronym, Org));

        var entity = Assert.Single(Resolve(text, mentions));

        Assert.Equal(2, entity.MentionCount);
        Assert.Equal(expansion.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? expansion[4..] : expansion, entity.Name);
        Assert.Contains(acronym, entity.Aliases);
    }

    [Fact]
    public void Resolve_UnrelatedUpperCaseWord_IsNotTakenForAcronym()
    {
        const string text = "The Popular Mobilisation Forces and NATO met.";
        var mentions = Mentions.Find(text, ("The Popular Mobilisation Forces", Org), ("NATO", Org));

        Assert.Equal(2, Resolve(text, mentions).Length);
    }

    [Theory]
    [InlineData("Iraq's")]
    [InlineData("Iraq’s")]
    [InlineData("IRAQ'S")]
    public void Resolve_PossessiveInSpan_JoinsTheName(string possessive)
    {
        var text = $"Iraq protested. {possessive} government said so.";
        var mentions = Mentions.Find(text, (possessive, Gpe), ("Iraq", Gpe));

        var entity = Assert.Single(Resolve(text, mentions));

        Assert.Equal(("Iraq", 2), (entity.Name, entity.MentionCount));
    }

    [Theory]
    [InlineData("U.S.", "US")]
    [InlineData("U.K.", "UK")]
    [InlineData("O’Brien", "O'Brien")]
    [InlineData("St. Louis", "St Louis")]
    public void Resolve_SpellingVariantsOfOneName_OneEntity(string first, string second)
    {
        var text = $"{first} said no. {second} said yes.";
        var mentions = Mentions.Find(text, (first, Gpe), (second, Gpe));

        var entity = Assert.Single(Resolve(text, mentions));

        Assert.Equal((first, 2), (entity.Name, entity.MentionCount));
    }

    [Fact]
    public void Resolve_TitlesInsidePersonSpans_KeptOutOfNameAndRecordedAsRoles()
    {
        const string text = "President Joe Biden spoke. Prime Minister Mohammed Shia Al Sudani replied. Mr Biden left.";
        var mentions = Mentions.Find(
            text, ("President Joe Biden", Person), ("Prime Minister Mohammed Shia Al Sudani", Person), ("Mr Biden", Person));

        var entities = Resolve(text, mentions);

        var biden = Assert.Single(entities, e => e.Name == "Joe Biden");
        Assert.Equal(2, biden.MentionCount);
        Assert.Equal(new[] { "President" }, biden.Roles.AsEnumerable());
        Assert.Contains("Mr Biden", biden.Aliases);
        var sudani = Assert.Single(entities, e => e.Name == "Mohammed Shia Al Sudani");
        Assert.Equal(new[] { "Prime Minister" }, sudani.Roles.AsEnumerable());
    }

    public static TheoryData<string, string, string> RoleSentences => new()
    {
        { "US Defence Secretary Lloyd Austin said it.", "Lloyd Austin", "US Defence Secretary" },
        { "Secretary of State Antony Blinken flew in.", "Antony Blinken", "Secretary of State" },
        { "Tim Cook, the chief executive of Apple, said sales rose.", "Tim Cook", "chief executive of Apple" },
        { "They met former President Lula da Silva on Monday.", "Lula da Silva", "former President" },
        { "The group's spokesman, Maj Gen Yahya Rasool, said so.", "Yahya Rasool", "Maj Gen" },
        { "Carla Hills, the U.S. Trade Representative, said so.", "Carla Hills", "U.S. Trade Representative" },
        { "The plan was confirmed, said Ann Lee, a spokeswoman for the ministry.", "Ann Lee", "spokeswoman for the ministry" },
        { "Andrew Mlangeni, another early Umkhonto leader who is now 63, spoke.", "Andrew Mlangeni", "early Umkhonto leader" },
    };

    [Theory]
    [MemberData(nameof(RoleSentences))]
    public void Resolve_RoleStatedBeforeOrInApposition_IsRecorded(string text, string name, string role)
    {
        var mentions = Mentions.Find(text, (name, Person), ("US", Gpe), ("Apple", Org));

        var person = Assert.Single(Resolve(text, mentions), e => e.Type == Person);

        Assert.Equal(new[] { role }, person.Roles.AsEnumerable());
    }

    [Fact]
    public void Resolve_RolePhraseThenAcademicTitle_TwoRoles()
    {
        const string text = "Medical correspondent Dr. Ann Lee reported it.";
        var mentions = Mentions.Find(text, ("Ann Lee", Person));

        Assert.Equal(new[] { "Dr.", "Medical correspondent" }, Assert.Single(Resolve(text, mentions)).Roles.AsEnumerable());
    }

    [Theory]
    [InlineData("Mr Lloyd Austin said it.")]
    [InlineData("On Tuesday Lloyd Austin said it.")]
    [InlineData("Lloyd Austin, who arrived on Monday, said it.")]
    [InlineData("Mohammed Shia Al Sudani, Yahya Rasool, said it.")]
    [InlineData("Lloyd Austin, founder and former chief of Acme is to be sentenced today.")]
    [InlineData("Lloyd Austin, and I played his secretary going in to see him.")]
    public void Resolve_NoRoleStated_RecordsNone(string text)
    {
        var mentions = Mentions.Find(text, ("Lloyd Austin", Person), ("Mohammed Shia Al Sudani", Person), ("Yahya Rasool", Person));

        Assert.All(Resolve(text, mentions), e => Assert.Empty(e.Roles));
    }

    [Fact]
    public void Resolve_FamilyNameFirstWithHonorific_JoinsFullName()
    {
        const string text = "Gao Xingjian won the prize. Mr. Gao said he was surprised.";
        var mentions = Mentions.Find(text, ("Gao Xingjian", Person), ("Gao", Person));

        var entity = Assert.Single(Resolve(text, mentions));

        Assert.Equal(("Gao Xingjian", 2), (entity.Name, entity.MentionCount));
        Assert.Contains("Mr. Gao", entity.Aliases);
    }

    [Fact]
    public void Resolve_LadyInAStageName_IsNotTakenForAnHonorific()
    {
        const string text = "Lady Gaga sang. Lady Gaga left.";
        var mentions = Mentions.Find(text, ("Lady Gaga", Person));

        Assert.Equal("Lady Gaga", Assert.Single(Resolve(text, mentions)).Name);
    }

    [Fact]
    public void Resolve_TwoPeopleSharingSurname_ShortFormJoinsMostRecent()
    {
        const string text = "Joe Biden spoke first. Hunter Biden spoke next. Mr Biden then left.";
        var mentions = Mentions.Find(text, ("Joe Biden", Person), ("Hunter Biden", Person), ("Biden", Person));

        var entities = Resolve(text, mentions);

        Assert.Equal(["Hunter Biden", "Biden"], Forms(mentions, Assert.Single(entities, e => e.Name == "Hunter Biden")));
        Assert.Equal(["Joe Biden"], Forms(mentions, Assert.Single(entities, e => e.Name == "Joe Biden")));
    }

    [Theory]
    [InlineData("Bill Shorten spoke. Bill said he would vote against it.", "Bill Shorten", "Bill")]
    [InlineData("Will Smith arrived. Will was not amused.", "Will Smith", "Will")]
    public void Resolve_FirstNameWithCommonNounReadingAlone_DoesNotJoinThePerson(string text, string fullName, string firstName)
    {
        var mentions = Mentions.Find(text, (fullName, Person), (firstName, Person));

        var entities = Resolve(text, mentions);

        Assert.Equal([fullName], Forms(mentions, Assert.Single(entities, e => e.Name == fullName)));
    }

    [Fact]
    public void Resolve_FirstNameWithCommonNounReadingAfterHonorific_JoinsThePerson()
    {
        const string text = "Bill Shorten spoke. Mr Bill said he would vote against it.";
        var mentions = Mentions.Find(text, ("Bill Shorten", Person), ("Mr Bill", Person));

        var entities = Resolve(text, mentions);

        Assert.Equal(["Bill Shorten", "Mr Bill"], Forms(mentions, Assert.Single(entities)));
    }

    [Fact]
    public void Resolve_PlaceSharingPersonsSurname_StaysSeparate()
    {
        const string text = "Lloyd Austin visited troops. He later flew to Austin for talks.";
        var mentions = Mentions.Find(text, ("Lloyd Austin", Person), ("Austin", Gpe));

        var entities = Resolve(text, mentions);

        Assert.Equal(2, entities.Length);
        Assert.Single(entities, e => e is { Name: "Austin", Type: var t } && t == Gpe);
    }

    [Fact]
    public void Resolve_DifferentOrganisationsSharingAWord_StaySeparate()
    {
        const string text = "Kataib Hezbollah and Hezbollah both issued statements.";
        var mentions = Mentions.Find(text, ("Kataib Hezbollah", Org), ("Hezbollah", Org));

        Assert.Equal(2, Resolve(text, mentions).Length);
    }

    [Fact]
    public void Resolve_MentionsStillDisagreeingOnType_OneEntityPerType()
    {
        const string text = "Jordan scored twice. Officials in Jordan said so.";
        var mentions = ImmutableArray.Create(
            new EntityMention(0, 6, "Jordan", Person, 0.95, 0, 1),
            new EntityMention(34, 40, "Jordan", Gpe, 0.95, 5, 1));

        var entities = Resolve(text, mentions);

        Assert.Equal(2, entities.Length);
        Assert.Equal(new[] { Person, Gpe }.Order(), entities.Select(e => e.Type).Order());
    }

    [Fact]
    public void Resolve_Salience_HeadlineAndFrequentEntitiesFirst()
    {
        const string text = "Valdoria raises rates\n\nThe central bank of Valdoria raised rates on Monday. Traders in Norburg were surprised. "
            + "Valdoria's currency rose. Analysts in Norburg and Ostrava expect more rises in Valdoria.";
        var mentions = Mentions.Find(
            text, ("Valdoria's", Gpe), ("Valdoria", Gpe), ("Norburg", Gpe), ("Ostrava", Gpe), ("Monday", EntityType.Date));

        var entities = Resolve(text, mentions);

        Assert.Equal(["Valdoria", "Norburg", "Ostrava", "Monday"], entities.Select(e => e.Name));
    }

    [Fact]
    public void Resolve_SeparateTitleMentioningEntity_RaisesItsSalience()
    {
        const string text = "Officials in Norburg met. Officials in Ostrava met.";
        var mentions = Mentions.Find(text, ("Norburg", Gpe), ("Ostrava", Gpe));

        var withoutTitle = Resolve(text, mentions);
        var withTitle = Resolve(text, mentions, title: "Ostrava hosts talks");

        Assert.Equal("Norburg", withoutTitle[0].Name);
        Assert.Equal("Ostrava", withTitle[0].Name);
    }

    [Fact]
    public void Resolve_ThroughTheOldSignature_GivesTheSameEntities()
    {
        const string text = "Lloyd Austin arrived. Mr Austin spoke.";
        var mentions = Mentions.Find(text, ("Lloyd Austin", Person), ("Austin", Person));
        IEntityResolver resolver = ArticleEntityResolver.Default;

        var entity = Assert.Single(resolver.Resolve(text, mentions, default));

        Assert.Equal(("Lloyd Austin", 2), (entity.Name, entity.MentionCount));
    }
}
