#!/usr/bin/env python3
"""make_offsets.py: write the gold annotations of corpus/*.txt with exact offsets.

    python3 tests/gold/make_offsets.py        # from the repository root

The annotations below are written by hand as strings (ANNOTATION.md
conventions); this script finds their code-point offsets in the documents,
so that `text == doc[start:end]` holds by construction, and checks it.
Entities: every whole-word occurrence of each name is annotated, longest
names first, never overlapping a longer one. Quotes: the exact quoted or
reported text, found in order. Boilerplate: (first words, last words).
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "..", "corpus")

OPT = "optional"
# doc: (entities [(text, type, canonical or None, optional?)],
#       quotes [(kind, text, speaker, cue, optional?)],
#       boilerplate [(first, last)])
SPEC = {
"politique_senat": (
    [("Sénat", "ORG"), ("Claire Vasseur", "PER"), ("Mathilde Aubrac", "PER"), ("Assemblée nationale", "ORG"),
     ("Union des républicains", "ORG"), ("Gérard Lestrade", "PER"),
     ("Association des maires ruraux de France", "ORG"), ("Bernard Quéméner", "PER"),
     ("Plouzévet", "LOC"), ("Facebook", "ORG", None, OPT), ("Twitter", "ORG", None, OPT),
     ("Toulouse", "LOC")],
    [("direct", "C'est une étape décisive pour les communes rurales", "Mathilde Aubrac", "a déclaré"),
     ("direct", "Nous avons entendu les maires, nous avons corrigé le texte", "Mathilde Aubrac", "a-t-elle ajouté"),
     ("indirect", "la réforme « affaiblit les départements sans renforcer les communes »", "Gérard Lestrade", "a estimé"),
     ("direct", "affaiblit les départements sans renforcer les communes", "Gérard Lestrade", "a estimé"),
     ("indirect", "le gouvernement a « cédé aux grandes métropoles »", "Gérard Lestrade", "Selon"),
     ("direct", "cédé aux grandes métropoles", "Gérard Lestrade", "Selon"),
     ("indirect", "elle resterait vigilante lors de la navette parlementaire", "Association des maires ruraux de France", "a indiqué"),
     ("direct", "acceptable, mais fragile", "Bernard Quéméner", "juge")],
    [("Aller au contenu", "Se connecter"), ("Lire aussi :", "projet de loi\n"),
     ("Partager sur Facebook", "à Toulouse")]),
"economie_usine": (
    [("Vallorge", "LOC"), ("Ferrand Composites", "ORG"), ("Isère", "LOC"),
     ("Julien Castaing", "PER"), ("Pierre Ménard", "PER"),
     ("Le Dauphiné Libéré", "ORG", None, OPT), ("Olivier Ferrand", "PER"),
     ("Auvergne-Rhône-Alpes", "LOC"), ("Sandrine Peyrol", "PER"), ("CGT", "ORG"),
     ("Grenoble", "LOC"), ("Chamrousse", "LOC")],
    [("direct", "Nous avons des commandes pour les huit prochaines années", "Olivier Ferrand", "a expliqué"),
     ("direct", "Il fallait pousser les murs.", "Olivier Ferrand", None),
     ("indirect", "ce projet « montre que l'industrie peut revenir dans nos vallées »", "Sandrine Peyrol", "Selon"),
     ("direct", "montre que l'industrie peut revenir dans nos vallées", "Sandrine Peyrol", "Selon"),
     ("indirect", "l'entreprise avait supprimé 80 postes en 2020 et demande « des contrats en CDI, pas de l'intérim »", "CGT", "a rappelé"),
     ("direct", "des contrats en CDI, pas de l'intérim", "CGT", "demande")],
    [("Photo : l'usine", "Le Dauphiné Libéré"), ("Les plus lus", "faute de neige")]),
"sport_football": (
    [("FC Montbrison", "ORG"), ("Ligue 2", "MISC"), ("US Quimperlé", "ORG"),
     ("stade des Tilleuls", "LOC", None, OPT), ("Yoann Kervella", "PER"),
     ("Montbrisonnais", "MISC"), ("Ismaël Koné", "PER"), ("Patrick Delorme", "PER"),
     ("France Bleu", "ORG"), ("Michel Arnaud", "PER"),
     ("Ligue de football professionnel", "ORG"), ("Léa Fontanel", "PER"),
     ("Roland-Garros", "MISC", None, OPT), ("Tour de l'Ain", "MISC"),
     ("Stade Rochelais", "ORG")],
    [("direct", "On y a cru jusqu'au bout. Ce groupe ne lâche jamais", "Patrick Delorme", "a lancé"),
     ("direct", "Je pense aux supporters qui nous ont suivis partout", "Patrick Delorme", "a-t-il ajouté"),
     ("indirect", "le budget serait « nettement revu à la hausse » pour viser le maintien", "Michel Arnaud", "a assuré"),
     ("direct", "nettement revu à la hausse", "Michel Arnaud", "a assuré"),
     ("indirect", "le stade devra toutefois être mis aux normes avant le mois d'août", "Ligue de football professionnel", "D'après"),
     ("direct", "C'est le plus beau jour de ma carrière.", "Ismaël Koné", "savoure")],
    [("date 2024-05", "date 2024-05"), ("A lire :", "saison prochaine dévoilé"),
     ("Nouveau commentaire", "demi de mêlée")]),
"culture_festival": (
    [("Hautes-Chaumes", "MISC", None, OPT), ("Vosges", "LOC"), ("Lac Blanc", "LOC"),
     ("Émilie Tremblay", "PER"), ("Les Noctambules", "ORG", None, OPT),
     ("Nadia Berthelot", "PER"), ("Covid-19", "MISC", None, OPT), ("Gérardmer", "LOC")],
    [("indirect", "cette édition serait « la plus ambitieuse depuis la création »", "Nadia Berthelot", "a confié"),
     ("direct", "la plus ambitieuse depuis la création", "Nadia Berthelot", "a confié"),
     ("indirect", "la jauge avait été relevée à 15 000 personnes par soir, en accord avec la préfecture des Vosges", "Nadia Berthelot", "a précisé"),
     ("direct", "Revenir à la normale a pris du temps, mais le public est là", "Nadia Berthelot", "a souligné"),
     ("indirect", "les hôtels de la vallée affichent complet depuis le mois de mai", "office de tourisme de Gérardmer", "Selon")],
    []),
"politique_municipales": (
    [("Sciences Po Rennes", "ORG"), ("Rennes", "LOC"), ("Hélène Morvan", "PER"),
     ("Yannick Le Gall", "PER"), ("Antoine Guérin", "PER"), ("Sophie Le Bihan", "PER"),
     ("Karim Benali", "PER"), ("Édouard Kerhervé", "PER"), ("Bretagne", "LOC"),
     ("Rennais", "MISC"), ("Maurepas", "LOC"), ("Ouest Opinion", "ORG"),
     ("Loïc Pennec", "PER"), ("Parti socialiste", "ORG"), ("La France insoumise", "ORG"),
     ("Maëlle Cadiou", "PER"), ("Marie-Thérèse", "PER"), ("Saint-Malo", "LOC", None, OPT),
     ("place des Lices", "LOC", None, OPT), ("Brest", "LOC"), ("Ouessant", "LOC"),
     ("Lorient", "LOC")],
    [("direct", "franche", None, None, OPT),
     ("indirect", "la discussion a duré plus de trois heures", None, "Selon"),
     ("direct", "Nous avons un bilan, nous le défendrons ensemble ou nous perdrons ensemble", "Antoine Guérin", "a résumé"),
     ("indirect", "« des désaccords existent » sur la politique de mobilité, notamment sur la piétonnisation du centre historique", "Antoine Guérin", "a reconnu"),
     ("direct", "des désaccords existent", "Antoine Guérin", "a reconnu"),
     ("indirect", "ils ne rejoindraient la liste commune qu'en échange d'un engagement écrit sur le plan climat", "Sophie Le Bihan", "a expliqué"),
     ("direct", "On ne signera pas un chèque en blanc", "Sophie Le Bihan", "a-t-elle prévenu"),
     ("indirect", "la ville devait « construire plus et plus vite », quand les écologistes réclament la priorité à la rénovation des logements existants", "Karim Benali", "a estimé"),
     ("direct", "construire plus et plus vite", "Karim Benali", "a estimé"),
     ("indirect", "la gauche rennaise était « à bout de souffle »", "Édouard Kerhervé", "a jugé"),
     ("direct", "à bout de souffle", "Édouard Kerhervé", "a jugé"),
     ("direct", "Les Rennais veulent du changement, pas des querelles de chapelle", "Édouard Kerhervé", "a-t-il déclaré"),
     ("indirect", "une liste d'union de la gauche arriverait en tête au premier tour avec 38 % des voix, contre 24 % pour une liste de droite", "Ouest Opinion", "D'après"),
     ("indirect", "la ville n'a jamais basculé à droite depuis 1977", "Loïc Pennec", "rappelle"),
     ("direct", "Mais aucune majorité n'est éternelle, surtout quand elle se divise", "Loïc Pennec", "nuance-t-il"),
     ("indirect", "les négociations avec les écologistes « avancent bien »", None, "on assure", OPT),
     ("direct", "avancent bien", None, "on assure", OPT),
     ("indirect", "Un accord pourrait être annoncé avant l'été", None, "selon"),
     ("indirect", "il se prononcerait « au printemps, pas avant »", "Antoine Guérin", "a indiqué"),
     ("direct", "au printemps, pas avant", "Antoine Guérin", "a indiqué"),
     ("direct", "l'union ne peut pas se faire sur le dos des quartiers populaires", "Maëlle Cadiou", "a affirmé"),
     ("direct", "Ce qui m'intéresse, c'est le prix du bus et les travaux de la rue de Saint-Malo", "Marie-Thérèse", "confie")],
    [("Lire aussi :", "doublé en quinze ans"), ("Les plus lus", "sa programmation")]),
"economie_banque": (
    [("Crédit Mutuel de l'Adour", "ORG"), ("Bayonne", "LOC"), ("François Etcheverry", "PER"),
     ("Dax", "LOC"), ("Sud Ouest", "ORG", None, OPT), ("CFDT", "ORG"),
     ("Mikel Arrieta", "PER"), ("Saint-Palais", "LOC"), ("Jean-Pierre Harriet", "PER"),
     ("Pays basque", "LOC")],
    [("indirect", "Le Crédit Mutuel de l'Adour va fermer 40 de ses 160 agences d'ici à la fin de 2025", None, "a annoncé", OPT),
     ("indirect", "Aucun licenciement n'est prévu", "François Etcheverry", "a assuré"),
     ("direct", "Nos clients viennent moins en agence, mais ils ont toujours besoin d'un conseiller", "François Etcheverry", "a affirmé"),
     ("direct", "brutale pour les territoires ruraux", "CFDT", "a dénoncé"),
     ("indirect", "les salariés concernés n'ont été prévenus que la veille", "Mikel Arrieta", "Selon"),
     ("direct", "Les personnes âgées vont devoir faire trente kilomètres pour voir un banquier.", "Jean-Pierre Harriet", "a pour sa part regretté")],
    [("Image : une agence", "Archives Sud Ouest"), ("Partager\n", "pour le Pays basque")]),
"sport_cyclisme": (
    [("Camille Rouvier", "PER"), ("Grand Prix de Plumelec", "MISC"), ("Bretonne", "MISC"),
     ("Team Armor", "ORG"), ("Cadoudal", "LOC", None, OPT), ("Néerlandaise", "MISC"),
     ("Femke van Dijk", "PER"), ("Italienne", "MISC"), ("Giulia Moretti", "PER"),
     ("Tour de France femmes", "MISC", None, OPT), ("Erwan Le Floch", "PER"),
     ("championnat de France", "MISC", None, OPT), ("Pontivy", "LOC"),
     ("Tour des Flandres", "MISC")],
    [("direct", "J'ai attaqué dans la dernière montée de la côte de Cadoudal, a-t-elle expliqué, et je n'ai plus regardé derrière moi.", "Camille Rouvier", "a-t-elle expliqué"),
     ("direct", "une course parfaite, de la première à la dernière minute", "Erwan Le Floch", "a salué"),
     ("indirect", "l'équipe visait désormais le championnat de France, fin juin à Pontivy", "Erwan Le Floch", "a ajouté")],
    [("1. Aller au contenu", "3. Newsletter"), (">>> Lire aussi", "parcours 2024 dévoilé")]),
"culture_livre": (
    [("Jeanne Moulin", "PER"), ("Maine-et-Loire", "LOC"), ("Loire", "LOC"),
     ("Anne-Sophie Delorme", "PER"), ("Les Bateliers de Montjean", "MISC"),
     ("Fleuve Gris", "ORG"), ("Raphaël Sorin-Lamy", "PER"), ("Thomas Girardeau", "PER"),
     ("Richer", "ORG"), ("Angers", "LOC"), ("Prix Goncourt", "MISC")],
    [("direct", "Les Bateliers de Montjean", None, None, OPT),
     ("direct", "J'ai lu des centaines de livres de bord, de lettres, de comptes", "Jeanne Moulin", "raconte-t-elle"),
     ("direct", "Ces hommes ont fait l'économie de toute une vallée.", "Jeanne Moulin", None),
     ("indirect", "le premier tirage atteint 60 000 exemplaires, un record pour la maison", "Raphaël Sorin-Lamy", "D'après"),
     ("indirect", "le roman « peut toucher bien au-delà des amoureux de la Loire »", "Thomas Girardeau", "estime"),
     ("direct", "peut toucher bien au-delà des amoureux de la Loire", "Thomas Girardeau", "estime")],
    [("À lire également", "sélection dévoilée")]),
}


def annotate(name, doc):
    ents, quotes, bps = SPEC[name]
    bp = []
    for first, last in bps:
        s = doc.index(first)
        e = doc.index(last, s) + len(last)
        while doc[e - 1].isspace():
            e -= 1
        bp.append({"start": s, "end": e})
    taken = []
    out_e = []
    for spec in sorted(ents, key=lambda x: -len(x[0])):
        text, typ = spec[0], spec[1]
        canon = spec[2] if len(spec) > 2 and spec[2] else text
        opt = len(spec) > 3 and spec[3] == OPT
        n = 0
        for m in re.finditer(r"(?<!\w)" + re.escape(text) + r"(?!\w)", doc):
            s, e = m.span()
            if any(s < b and a < e for a, b in taken):
                continue
            taken.append((s, e))
            n += 1
            out_e.append({"start": s, "end": e, "text": text, "type": typ, "canonical": canon,
                          "boilerplate": any(r["start"] <= s and e <= r["end"] for r in bp),
                          "optional": opt})
        if not n:
            sys.exit("%s: entity %r not found" % (name, text))
    out_e.sort(key=lambda x: x["start"])
    out_q = []
    for spec in quotes:
        kind, text, speaker, cue = spec[:4]
        opt = len(spec) > 4 and spec[4] == OPT
        s = doc.find(text)
        if s < 0:
            sys.exit("%s: quote %r not found" % (name, text))
        out_q.append({"start": s, "end": s + len(text), "text": text, "kind": kind,
                      "speaker": speaker, "cue": cue, "optional": opt})
    out_q.sort(key=lambda x: (x["start"], x["kind"]))
    for x in out_e + out_q:
        assert doc[x["start"]:x["end"]] == x["text"], x
    return {"doc": name + ".txt", "entities": out_e, "quotes": out_q, "boilerplate": bp}


def main():
    for name in sorted(SPEC):
        with open(os.path.join(CORPUS, name + ".txt"), encoding="utf-8") as f:
            doc = f.read()
        gold = annotate(name, doc)
        with open(os.path.join(HERE, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print("%s: %d entities, %d quotes, %d boilerplate regions" % (
            name, len(gold["entities"]), len(gold["quotes"]), len(gold["boilerplate"])))


if __name__ == "__main__":
    main()
