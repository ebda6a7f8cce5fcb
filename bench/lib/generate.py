"""Generated initiatives in the interchange format (see ../shared/data/README.md), for benchmarks."""
import random

MUNICIPALITIES = {
    "Amersfoort": (52.156, 5.388), "Baarn": (52.212, 5.288), "De Bilt": (52.110, 5.181), "Bunnik": (52.067, 5.199),
    "Bunschoten": (52.243, 5.378), "Eemnes": (52.254, 5.257), "Houten": (52.028, 5.168), "IJsselstein": (52.020, 5.043),
    "Leusden": (52.133, 5.431), "Lopik": (51.973, 4.946), "Montfoort": (52.046, 4.953), "Nieuwegein": (52.029, 5.081),
    "Oudewater": (52.025, 4.868), "Renswoude": (52.074, 5.540), "Rhenen": (51.959, 5.568), "De Ronde Venen": (52.206, 4.866),
    "Soest": (52.174, 5.292), "Stichtse Vecht": (52.136, 5.040), "Utrecht": (52.091, 5.121),
    "Utrechtse Heuvelrug": (52.033, 5.344), "Veenendaal": (52.028, 5.556), "Vijfheerenlanden": (51.992, 5.092),
    "Wijk bij Duurstede": (51.974, 5.340), "Woerden": (52.086, 4.883), "Woudenberg": (52.081, 5.415), "Zeist": (52.089, 5.233),
}
THEMES = ["zorg-welzijn", "eenzaamheid", "armoede-schulden", "voedsel", "duurzaamheid-energie", "groen-natuur",
          "taal-integratie", "jongeren", "ouderen", "cultuur", "sport-bewegen", "wonen-buurt", "veiligheid",
          "mobiliteit", "digitale-vaardigheden", "mantelzorg", "gezondheid"]
GROUPS = ["ouderen", "jongeren", "kinderen", "gezinnen", "nieuwkomers", "mantelzorgers", "mensen-met-een-beperking",
          "minima", "buurtbewoners", "iedereen"]
KINDS = ["Repair Café", "Buurtmoestuin", "Taalcafé", "Voedselbank", "Buurtkamer", "Klussendienst", "Energiecoöperatie",
         "Wandelclub", "Koffieochtend", "Huiswerkklas", "Kledingbank", "Buurtpreventie", "Samen Eten", "Fietsmaatjes",
         "Mantelzorgpunt", "Computerhulp", "Speeltuinvereniging", "Zwerfafvalteam", "Leesclub", "Boodschappendienst"]
WORDS = ["buurt", "samen", "vrijwilligers", "helpen", "ouderen", "koffie", "repareren", "tuin", "taal", "eten",
         "bewoners", "elke", "week", "wijk", "gezellig", "jongeren", "advies", "zorg", "energie", "groen"]


def generate_initiatives(count, seed=1):
    rng = random.Random(seed)
    names = list(MUNICIPALITIES)
    out = []
    for n in range(count):
        municipality = rng.choice(names)
        lat, lon = MUNICIPALITIES[municipality]
        kind = rng.choice(KINDS)
        name = f"{kind} {municipality} {n + 1}"
        words = " ".join(rng.choice(WORDS) for _ in range(12))
        slug = f"init-{n + 1}"
        out.append({
            "id": f"G{n + 1:06d}", "name": name,
            "summary": f"{kind} voor de {rng.choice(WORDS)} in {municipality}."[:140],
            "description": f"Wij zijn {kind.lower()} in {municipality}. {words.capitalize()}.",
            "themes": rng.sample(THEMES, rng.randint(1, 3)), "target_groups": rng.sample(GROUPS, rng.randint(0, 3)),
            "municipality": municipality, "place": municipality,
            "lat": round(lat + rng.uniform(-0.02, 0.02), 4), "lon": round(lon + rng.uniform(-0.02, 0.02), 4),
            "phase": rng.choice(["startend", "gevestigd"]), "founded": rng.randint(1995, 2026),
            "legal_form": rng.choice(["stichting", "vereniging", "informeel"]),
            "offers": [], "needs": [],
            "website": f"https://{slug}.example.org", "email": f"info@{slug}.example.org",
        })
    return out
