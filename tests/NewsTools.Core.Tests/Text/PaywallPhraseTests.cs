using NewsTools.Heuristics;
using NewsTools.Text;
using NewsTools.Walls;
using Xunit;

namespace NewsTools.Core.Tests
{
    /// <summary>
    /// The paywall phrases (TextPhrases.Paywall*) as PaywallDetector.ReadPrompt reads one line, keyword gates included: the
    /// wording of metered, hard and registration walls and generic prompts in eight languages (and some more), the lines
    /// that only look like one (newsletter boxes, donation asks, menus, comment gates, story prose), and the dismiss link of
    /// a soft overlay. The first argument names the language, for the reader of a failing case.
    /// </summary>
    public class PaywallPhraseTests
    {
        [Theory]
        [InlineData("en", "You've reached your free article limit for this month.")]
        [InlineData("en", "You have 3 free articles left this month")]
        [InlineData("en", "You have used all of your free articles.")]
        [InlineData("en", "This is your last free story this month")]
        [InlineData("en", "You have read 4 of 5 articles this month.")]
        [InlineData("en", "You have no free articles remaining.")]
        [InlineData("de", "Sie haben Ihr Kontingent an kostenlosen Artikeln für diesen Monat erreicht.")]
        [InlineData("de", "Sie können in diesem Monat noch 2 kostenlose Artikel lesen.")]
        [InlineData("de", "Das war Ihr letzter kostenloser Artikel.")]
        [InlineData("fr", "Vous avez atteint la limite d'articles gratuits ce mois-ci.")]
        [InlineData("fr", "Il vous reste 2 articles gratuits.")]
        [InlineData("fr", "Vous avez lu vos 5 articles gratuits du mois")]
        [InlineData("es", "Has alcanzado el límite de artículos gratuitos de este mes.")]
        [InlineData("es", "Te quedan 2 noticias gratis este mes")]
        [InlineData("es", "Este es tu último artículo gratuito")]
        [InlineData("pt", "Você atingiu o limite de reportagens gratuitas deste mês.")]
        [InlineData("pt", "Restam 3 matérias gratuitas para você neste mês")]
        [InlineData("pt", "Este é o seu último artigo grátis")]
        [InlineData("it", "Hai raggiunto il limite di articoli gratuiti.")]
        [InlineData("it", "Ti restano 2 articoli gratuiti questo mese")]
        [InlineData("it", "Hai esaurito gli articoli gratuiti di questo mese")]
        [InlineData("nl", "Je hebt het maximum aantal gratis artikelen voor deze maand bereikt.")]
        [InlineData("nl", "U heeft nog 2 gratis artikelen deze maand")]
        [InlineData("nl", "Dit is je laatste gratis artikel")]
        [InlineData("pl", "Wykorzystałeś już limit darmowych artykułów w tym miesiącu.")]
        [InlineData("pl", "Pozostały Ci 2 bezpłatne artykuły w tym miesiącu")]
        [InlineData("pl", "To Twój ostatni darmowy artykuł")]
        [InlineData("sv", "Du har läst alla dina gratisartiklar denna månad")]
        [InlineData("da", "Du har 2 gratis artikler tilbage")]
        [InlineData("ru", "Вы исчерпали месячный лимит бесплатных статей")]
        [InlineData("ja", "今月の無料記事の閲覧上限に達しました")]
        [InlineData("zh", "您本月的免费阅读次数已用完")]
        public void MeteredWording(string language, string line)
        {
            Assert.True(PaywallDetector.ReadPrompt(line) == PaywallSignal.Metered, language + ": " + line);
        }

        [Theory]
        [InlineData("en", "This article is exclusive to Ledger+ subscribers.")]
        [InlineData("en", "To read the rest of this story, subscribe to Harbour Plus.")]
        [InlineData("en", "This post is for paid subscribers")]
        [InlineData("en", "The rest of this article is for paying members only.")]
        [InlineData("en", "Become a paid subscriber to The Quarry to unlock this piece and the full archive.")]
        [InlineData("en", "Upgrade to paid to read the rest of this post.")]
        [InlineData("en", "To continue reading, please subscribe.")]
        [InlineData("en", "You need an active subscription to read this article.")]
        [InlineData("en", "Subscribers only")]
        [InlineData("de", "Dieser Artikel ist exklusiv für Plus-Abonnenten.")]
        [InlineData("de", "Weiterlesen mit Nord+")]
        [InlineData("de", "Lesen Sie jetzt mit Tagblatt Plus weiter")]
        [InlineData("de", "Um diesen Artikel zu lesen, benötigen Sie ein Digital-Abo.")]
        [InlineData("de", "Abo abschließen und sofort weiterlesen")]
        [InlineData("fr", "Cet article est réservé à nos abonnés.")]
        [InlineData("fr", "Il vous reste 68% de cet article à lire.")]
        [InlineData("fr", "Pour lire la suite de cet article, abonnez-vous.")]
        [InlineData("es", "Este reportaje es exclusivo para suscriptores.")]
        [InlineData("es", "Suscríbete para seguir leyendo")]
        [InlineData("es", "Para continuar leyendo, hazte suscriptor")]
        [InlineData("pt", "Esta matéria é exclusiva para assinantes.")]
        [InlineData("pt", "Conteúdo restrito a assinantes")]
        [InlineData("pt", "Assine o Diário e continue lendo")]
        [InlineData("it", "Questo articolo è riservato agli abbonati.")]
        [InlineData("it", "Per continuare a leggere l'articolo abbonati a Corriere Digitale")]
        [InlineData("it", "Contenuto riservato ai nostri abbonati")]
        [InlineData("nl", "Dit artikel is alleen beschikbaar voor abonnees.")]
        [InlineData("nl", "Word abonnee om verder te lezen")]
        [InlineData("nl", "Lees verder met een digitaal abonnement")]
        [InlineData("pl", "Ten artykuł jest dostępny tylko dla prenumeratorów.")]
        [InlineData("pl", "Pozostała część artykułu dostępna wyłącznie dla subskrybentów")]
        [InlineData("pl", "Wykup subskrypcję, aby czytać dalej")]
        [InlineData("sv", "Artikeln är endast för prenumeranter")]
        [InlineData("no", "Bli abonnent for å lese videre")]
        [InlineData("ru", "Этот материал доступен только по подписке")]
        [InlineData("ja", "この記事は有料会員限定です。")]
        [InlineData("zh", "本文为付费内容，订阅后阅读全文")]
        public void HardWording(string language, string line)
        {
            Assert.True(PaywallDetector.ReadPrompt(line) == PaywallSignal.Hard, language + ": " + line);
        }

        [Theory]
        [InlineData("en", "Continue reading this post for free, courtesy of Dana Reyes.")]
        [InlineData("en", "Claim my free post")]
        [InlineData("en", "Create a free account to keep reading")]
        [InlineData("en", "Register to read the full article for free")]
        [InlineData("en", "Sign in or create a free account to continue")]
        [InlineData("en", "Log in or register to continue reading")]
        [InlineData("de", "Jetzt registrieren und kostenlos weiterlesen")]
        [InlineData("de", "Mit einem kostenlosen Konto weiterlesen")]
        [InlineData("fr", "Créez un compte gratuit pour lire la suite")]
        [InlineData("fr", "Connectez-vous ou inscrivez-vous gratuitement pour lire cet article")]
        [InlineData("es", "Regístrate gratis para seguir leyendo")]
        [InlineData("es", "Crea una cuenta gratuita para continuar leyendo")]
        [InlineData("pt", "Cadastre-se grátis para continuar lendo")]
        [InlineData("pt", "Faça seu cadastro gratuito e continue lendo")]
        [InlineData("it", "Registrati gratis per continuare a leggere")]
        [InlineData("it", "Crea un account gratuito per leggere l'articolo")]
        [InlineData("nl", "Lees verder met een gratis account")]
        [InlineData("nl", "Registreer je gratis om verder te lezen")]
        [InlineData("pl", "Zarejestruj się za darmo, aby czytać dalej")]
        [InlineData("pl", "Załóż bezpłatne konto, aby przeczytać cały artykuł")]
        [InlineData("sv", "Registrera dig gratis för att läsa vidare")]
        [InlineData("ru", "Зарегистрируйтесь, чтобы читать дальше")]
        [InlineData("ja", "続きを読むには無料会員登録が必要です")]
        [InlineData("zh", "注册后即可免费阅读全文")]
        public void RegistrationWording(string language, string line)
        {
            Assert.True(PaywallDetector.ReadPrompt(line) == PaywallSignal.Registration, language + ": " + line);
        }

        [Theory]
        [InlineData("en", "Already a paid subscriber? Sign in")]
        [InlineData("en", "Already have an account? Log in")]
        [InlineData("en", "Unlock this article")]
        [InlineData("en", "Subscribe to continue reading")]
        [InlineData("en", "Or purchase a paid subscription.")]
        [InlineData("de", "Bereits Abonnent? Hier anmelden")]
        [InlineData("de", "Sie sind bereits Abonnent? Jetzt einloggen")]
        [InlineData("fr", "Vous êtes déjà abonné ? Connectez-vous")]
        [InlineData("es", "¿Ya eres suscriptor? Inicia sesión")]
        [InlineData("es", "¿Ya tienes una suscripción? Entra")]
        [InlineData("pt", "Já é assinante? Faça login")]
        [InlineData("it", "Hai già un abbonamento? Accedi")]
        [InlineData("nl", "Al abonnee? Log in")]
        [InlineData("nl", "Ben je al abonnee? Log dan in")]
        [InlineData("pl", "Masz już subskrypcję? Zaloguj się")]
        [InlineData("pl", "Jesteś już prenumeratorem? Zaloguj się")]
        [InlineData("sv", "Redan prenumerant? Logga in")]
        public void GenericPromptWording(string language, string line)
        {
            Assert.True(PaywallDetector.ReadPrompt(line) == PaywallSignal.Prompt, language + ": " + line);
        }

        [Theory]
        // Newsletter, podcast and app sign-ups
        [InlineData("en", "Subscribe to our newsletter")]
        [InlineData("en", "Sign up for our daily briefing")]
        [InlineData("en", "Get our free newsletter every morning")]
        [InlineData("en", "Sign up to read our weekly newsletter")]
        [InlineData("en", "Subscribe for free to receive new posts and support my work.")]
        [InlineData("en", "Subscribe to our podcast")]
        [InlineData("en", "Subscribe to our YouTube channel")]
        [InlineData("de", "Jetzt zum Newsletter anmelden")]
        [InlineData("de", "Kostenlosen Newsletter abonnieren")]
        [InlineData("fr", "Inscrivez-vous à notre newsletter")]
        [InlineData("es", "Suscríbete a nuestro boletín")]
        [InlineData("pt", "Assine nossa newsletter")]
        [InlineData("it", "Iscriviti alla nostra newsletter")]
        [InlineData("nl", "Schrijf je in voor onze nieuwsbrief")]
        [InlineData("pl", "Zapisz się do naszego newslettera")]
        // Menus and account links
        [InlineData("en", "Subscribe")]
        [InlineData("en", "Sign in")]
        [InlineData("en", "Log in")]
        [InlineData("en", "My account")]
        [InlineData("en", "Manage subscription")]
        [InlineData("de", "Anmelden")]
        [InlineData("de", "Abo verwalten")]
        [InlineData("fr", "Se connecter")]
        [InlineData("es", "Iniciar sesión")]
        [InlineData("pt", "Minha conta")]
        [InlineData("it", "Il mio account")]
        [InlineData("nl", "Mijn account")]
        [InlineData("pl", "Zaloguj się")]
        [InlineData("pl", "Moje konto")]
        // Donation and membership asks
        [InlineData("en", "Support independent journalism")]
        [InlineData("en", "Become a member today and support our work.")]
        [InlineData("en", "Donate")]
        [InlineData("en", "Become a paying member to support local reporting.")]
        [InlineData("de", "Unterstützen Sie unabhängigen Journalismus")]
        [InlineData("fr", "Soutenez-nous")]
        [InlineData("es", "Apoya el periodismo independiente")]
        [InlineData("pt", "Apoie o jornalismo independente")]
        [InlineData("it", "Sostieni il giornalismo indipendente")]
        [InlineData("nl", "Steun onafhankelijke journalistiek")]
        [InlineData("pl", "Wesprzyj niezależne dziennikarstwo")]
        // Subscriber services in the navigation
        [InlineData("en", "Subscribers can listen to this episode ad-free")]
        [InlineData("en", "Subscribers: get the e-paper")]
        [InlineData("de", "Für Abonnenten: das E-Paper")]
        [InlineData("nl", "Abonnees lezen de digitale krant")]
        // Comment gates
        [InlineData("en", "Log in to comment")]
        [InlineData("en", "Create an account to join the conversation")]
        [InlineData("en", "Sign in to view more content")]
        [InlineData("de", "Melden Sie sich an, um zu kommentieren")]
        [InlineData("fr", "Connectez-vous pour commenter")]
        // Story prose about subscriptions
        [InlineData("en", "Netflix lost 2 million subscribers in the second quarter.")]
        [InlineData("en", "The free trial ends next week.")]
        [InlineData("en", "Members of the club voted to raise the annual fee by ten percent.")]
        [InlineData("en", "The union said only paying members would receive the strike fund.")]
        [InlineData("de", "Der Streamingdienst verlor im Quartal zwei Millionen Abonnenten.")]
        [InlineData("fr", "Le journal compte désormais 500 000 abonnés numériques.")]
        [InlineData("es", "La plataforma perdió un millón de suscriptores este año.")]
        [InlineData("pt", "O serviço ganhou 3 milhões de assinantes em 2023.")]
        [InlineData("it", "Il servizio ha perso due milioni di abbonati.")]
        [InlineData("nl", "De krant heeft nu meer abonnees dan ooit.")]
        [InlineData("pl", "Serwis stracił dwa miliony subskrybentów.")]
        // Dismiss links are not prompts
        [InlineData("en", "Continue reading")]
        [InlineData("de", "Weiterlesen")]
        [InlineData("es", "Seguir leyendo")]
        [InlineData("pl", "Czytaj dalej")]
        public void LookAlikesAreNotPrompts(string language, string line)
        {
            PaywallSignal? signal = PaywallDetector.ReadPrompt(line);
            Assert.True(signal == null, language + ": " + line + " read as " + signal);
        }

        [Theory]
        [InlineData("Continue reading")]
        [InlineData("Keep reading →")]
        [InlineData("No thanks")]
        [InlineData("No, thanks.")]
        [InlineData("Maybe later")]
        [InlineData("Not now")]
        [InlineData("Close")]
        [InlineData("×")]
        [InlineData("× Close")]
        [InlineData("Dismiss")]
        [InlineData("Skip")]
        [InlineData("Continue to article ›")]
        [InlineData("Continue to site")]
        [InlineData("Weiterlesen")]
        [InlineData("Nein, danke")]
        [InlineData("Später")]
        [InlineData("Non merci")]
        [InlineData("Plus tard")]
        [InlineData("Continuer la lecture")]
        [InlineData("No, gracias")]
        [InlineData("Seguir leyendo »")]
        [InlineData("Continuar lendo")]
        [InlineData("Agora não")]
        [InlineData("No grazie")]
        [InlineData("Continua a leggere")]
        [InlineData("Nee, bedankt")]
        [InlineData("Verder lezen")]
        [InlineData("Nie, dziękuję")]
        [InlineData("Czytaj dalej...")]
        public void DismissLinks(string line)
        {
            Assert.True(TextPhrases.PaywallDismiss.IsMatch(line.Trim()), line);
        }

        [Theory]
        [InlineData("")]
        [InlineData("X")]
        [InlineData("...")]
        [InlineData("Continue reading with a subscription")]
        [InlineData("Continue reading this post for free")]
        [InlineData("Subscribe to continue reading")]
        [InlineData("Keep reading our coverage of the election")]
        [InlineData("No thanks to the council, the road is still closed.")]
        [InlineData("Close to 300 people attended the meeting.")]
        [InlineData("Later that day the minister resigned.")]
        [InlineData("Weiterlesen mit Plus")]
        [InlineData("Subscribe")]
        public void NotDismissLinks(string line)
        {
            Assert.False(TextPhrases.PaywallDismiss.IsMatch(line.Trim()), line);
        }
    }
}
