"""Word lists for bench/generate_corpus.py: who, where and what the facial recognition news says.

Templates use `{slot}` placeholders filled from `WORDS`. Names such as "ACLU", "Access Now",
"Amazon", "Minneapolis" or "France" are there on purpose, so the importer's mention matching
has work to do, and "the Amazon rainforest" turns up now and then as a trap for it.
"""


def bar(text):  # "a | b c\n d" -> ["a", "b c d"]
    return [" ".join(item.split()) for item in text.split("|")]


WORDS = {key: bar(text) for key, text in {
    "org": """the ACLU | the American Civil Liberties Union | Access Now | Fight for the Future |
        the Electronic Frontier Foundation | Amnesty International | Human Rights Watch |
        Big Brother Watch | European Digital Rights | the Algorithmic Justice League |
        the Electronic Privacy Information Center | La Quadrature du Net""",
    "company": "Amazon | IBM | Microsoft | Clearview AI | Google | NEC | Axon | Apple",
    "city": """Minneapolis | San Francisco | Oakland | Somerville | Boston | Portland | Detroit |
        New York | Baltimore | New Orleans | London | Nice | Moscow""",
    "place": """Massachusetts | France | the United States | Minneapolis | San Francisco | Maine |
        Illinois | Virginia | California | the United Kingdom | Brazil | India | Argentina |
        the European Union | Australia | Canada | Washington state""",
    "official": """President Biden | Congress | the European Commission | the Home Office |
        state legislators | the mayor | the attorney general | the city council""",
    "agency": """the FBI | Customs and Border Protection | ICE | the Metropolitan Police | the TSA |
        the city's police department | the Department of Homeland Security""",
    "tech": """facial recognition | facial recognition technology | face surveillance |
        biometric surveillance | live facial recognition | facial recognition software |
        remote biometric identification | face recognition""",
    "quote": """These technologies have no place in public |
        A one-year pause is not enough; we need a permanent ban |
        Communities should decide whether these tools are used at all |
        Face surveillance is the most dangerous of the new tools available to police |
        Being aware of the problem is not enough, it is time to act |
        The evidence of harm is overwhelming and the evidence of benefit is thin""",
    "first": "Daniel | Verónica | Isedua | Kade | Evan | Joy | Matt | Nathan | Silkie",
    "last": "Leufer | Arroyo | Oribhabor | Crockford | Greer | Cagle | Sheard | Carlo",
    "role": """policy analyst | senior staff attorney | director of campaigns | executive director |
        technology fellow | Europe policy analyst | surveillance researcher""",
    "n": "12 | 20 | 30 | 40 | 45 | 60 | 75 | 100 | 175 | 200 | 400",
}.items()}  # fmt: skip
TITLES = bar("""
    {org} calls on {official} to halt {tech} | {city} becomes latest city to ban {tech} |
    {company} will no longer sell {tech} to police | Why {place} is rethinking {tech} |
    {org} says {company}'s pause on {tech} falls short | {city} council votes to restrict {tech} |
    {company} extends its moratorium on selling {tech} to law enforcement |
    Lawmakers in {place} introduce bill to regulate {tech} | What {city}'s ban on {tech} means |
    {org} sues {agency} over secret use of {tech} | Rights groups urge {official} to ban {tech} |
    Police in {city} used {tech} thousands of times, records show |
    Data watchdog in {place} warns {agency} over unlawful use of {tech} |
    {org} and {n} groups demand a global ban on {tech} | {company} investors seek limits on {tech} |
    How {tech} spread through {place} with little oversight |
    Study finds {tech} misidentifies women and people of color |
    Airports in {place} expand {tech} despite privacy concerns""")
SENTENCES = bar("""
    {org} and a coalition of more than {n} organizations are calling on {official} to impose a
    moratorium on {tech}. | The ordinance, passed without objection in {city}, prohibits city
    departments from buying {tech} or using any data derived from it. | Critics say {tech}
    misidentifies Black people, women and older people at far higher rates. | {company} said it
    would not sell {tech} to police until federal regulation is in place. | “{quote},” said {first}
    {last}, {role} at {org}. | Records obtained by {org} show that {agency} ran more than {n},000
    searches last year. | Supporters argue the tools help investigators identify suspects faster,
    but the evidence for that claim remains thin. | Lawmakers in {place} are weighing a bill that
    would require a warrant before police can run a face search. | The measure includes an
    exception for access control and security for employees in workplaces. | The data protection
    authority in {place} has warned that {tech} in public spaces is hard to square with existing
    privacy law. | Advocates at {org} point out that bans on government use do not reach the
    private sector. | {company} has faced pressure from its own employees and shareholders over
    sales of {tech} to {agency}. | Police in more than {n} jurisdictions have partnered with
    {company}, according to {org}. | {org} called the vote a victory for privacy, but warned that
    {tech} is still used at airports across {place}. | The coalition also urges investors to press
    companies to stop selling tools that enable mass surveillance. | A spokesperson for {agency}
    declined to say how often the software is used. | Residents of {city} packed the hearing, and
    most speakers asked for an outright ban. | No decision is expected from {official} before the
    end of the year. | In a letter seen by reporters, {org} asked {company} to publish every
    contract it holds with {agency}. | Similar bans have already passed in {city} and in several
    towns across {place}. | The vendor says its algorithm is more than 99 percent accurate, a figure
    that independent auditors have not been able to check. | Officers in {city} ran searches
    against driver's licence photos without telling the people pictured. | The proposal would also
    create a public register of every camera connected to the system. | Opponents worry that the
    technology will chill protest and freedom of assembly. | {org} has published a guide explaining
    how residents can ask whether their faces are in a police database. | A federal judge in
    {place} allowed a lawsuit over the collection of face scans to proceed. | “{quote},” {first}
    {last} told reporters after the vote.""")
RAINFOREST_TITLE = "Drones over the Amazon rainforest raise new questions about {tech}"
RAINFOREST_SENTENCE = (
    "The cameras once used to track deforestation in the Amazon rainforest now run {tech}."
)
TOPICS = ["AI", "Computer Vision", "Natural Language Processing", "Privacy", "Surveillance"]
# name, domain, "www" if the host is www.<domain>, AMP style: each publisher spells AMP one way.
PROVIDERS = [tuple(part.strip() for part in entry.split(",")) for entry in bar("""
    The Hill,thehill.com,,slash | Aclu.org,aclu.org,www,none | InsideHook,insidehook.com,www,suffix
    | GizChina,gizchina.com,www,slash | The Daily Dot,dailydot.com,www,query
    | Washington Post,washingtonpost.com,www,output | SiliconANGLE,siliconangle.com,,slash
    | Mashable,mashable.com,,dot | Access Now,accessnow.org,www,none | CNET,cnet.com,www,google
    | TechCrunch,techcrunch.com,,slash | GeekWire,geekwire.com,www,slash
    | Digital Trends,digitaltrends.com,www,query | Business Insider,businessinsider.com,www,query
    | Los Angeles Times,latimes.com,www,underscore | The Verge,theverge.com,www,slash
    | Biometric Update,biometricupdate.com,www,slash | Ars Technica,arstechnica.com,,none
    | ZDNet,zdnet.com,www,google | Boston Globe,bostonglobe.com,www,output | NPR,npr.org,www,none
    | Star Tribune,startribune.com,www,none | Euractiv,euractiv.com,www,slash
    | Le Monde,lemonde.fr,www,none | Nextgov,nextgov.com,www,none | Reuters,reuters.com,www,none
    | Tech Policy Press,tech-policy.press,,slash | Nasdaq,nasdaq.com,www,none""")]  # fmt: skip
SMALL_WORDS = {"a", "an", "and", "at", "by", "for", "in", "of", "on", "over", "the", "to"}
IMAGE_SIZES = [(1200, 628), (1200, 800), (1024, 683), (2000, 1000), (1440, 960), (800, 450)]
