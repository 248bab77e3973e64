#!/usr/bin/env python3
"""Builds frameworks/*.json from the reference data in ../shared/reference (see its README).

Kept to document provenance: every transformation applied to the reference files is here.
Usage: python3 frameworks/tools/build_catalogs.py /work/shared/reference frameworks
"""
import json, sys, os

REF, OUT = sys.argv[1], sys.argv[2]
BUILT = "Converted to Steward's catalog format by frameworks/tools/build_catalogs.py: " \
        "'level' became the tree depth (1 = root) and the reference's level name became 'kind'; " \
        "catalog-specific fields moved under 'attributes'."


def load(name):
    with open(os.path.join(REF, name), encoding="utf-8") as f:
        return json.load(f)


def as_list(notes):
    if notes is None:
        return []
    return notes if isinstance(notes, list) else [notes]


def clauses(src, default_kind=None, parent_fix=None, core=("ref", "parent", "level", "title", "text")):
    out, depth = [], {}
    for c in src:
        parent = c.get("parent")
        if parent_fix:
            parent = parent_fix(c, parent)
        level = 1 if parent is None else depth[parent] + 1
        depth[c["ref"]] = level
        row = {"ref": c["ref"], "parent": parent, "level": level, "title": c["title"]}
        if c.get("text"):
            row["text"] = c["text"]
        row["kind"] = c.get("level") or default_kind
        extra = {k: v for k, v in c.items() if k not in core and k != "part"}
        if extra:
            row["attributes"] = extra
        out.append(row)
    return out


def header(d, cid, name=None, notes_extra=()):
    return {
        "id": cid, "name": name or d["name"], "version": d["version"], "publisher": d["publisher"],
        "document": d["document"], "source": d["source"] + " " + BUILT, "licence": d["license"],
    }


def write(name, obj):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")


def nist_rmf():
    d = load("nist-ai-rmf-1.0.json")
    out = header(d, "nist-ai-rmf-1.0")
    out["notes"] = as_list(d["notes"])
    out["clauses"] = clauses(d["clauses"])
    write("nist-ai-rmf-1.0.json", out)


def iso():
    d = load("iso-iec-42001-2023.json")
    out = header(d, "iso-iec-42001-2023")
    out["notes"] = as_list(d["notes"]) + [
        "Steward added the root clause 'A' (Annex A, 'Reference control objectives and controls') so that "
        "the control objectives A.2-A.10 have a parent; the reference data names 'A' as their parent without "
        "listing it.",
        "No requirement or control text is included: ISO/IEC copyright. 'text' is absent on every clause.",
    ]
    src = list(d["clauses"])
    idx = next(i for i, c in enumerate(src) if c["ref"] == "A.2")
    src.insert(idx, {"ref": "A", "parent": None, "level": "annex",
                     "title": "Reference control objectives and controls", "text": ""})
    out["clauses"] = clauses(src)
    write("iso-iec-42001-2023.json", out)


def eu_roles(actor):
    names = {"provider+deployer": ["provider", "deployer"], "all operators": ["all-operators"],
             "authorised representative": ["authorised-representative"],
             "deployer/distributor/importer/third party": ["deployer", "distributor", "importer", "third-party"]}
    return names.get(actor, [actor])


def eu_applies_from(article_ref, chapter_of, scope):
    # Art. 113 of the original act; see applicationDates.
    ch = chapter_of[article_ref]
    if ch in ("Chapter I", "Chapter II"):
        return "2025-02-02", None
    if ch in ("Chapter V", "Chapter VII", "Chapter XII") or article_ref == "Art. 78":
        return "2025-08-02", None
    if scope.startswith("high-risk") and "Annex III" not in scope:
        return "2026-08-02", "2027-08-02 for high-risk AI systems classified under Art. 6(1) (Annex I products), Art. 113(c)"
    return "2026-08-02", None


def eu():
    d = load("eu-ai-act-2024-1689.json")
    out = header(d, "eu-ai-act-2024-1689")
    ad = d["application_dates"]
    out["notes"] = as_list(d["notes"]) + [
        "Application dates follow Art. 113 of the original act (OJ L, 12.7.2024). " + ad["caveat"],
        "actorObligations are editorial summaries from the reference data, not legal text. 'article' is the "
        "article clause the obligation belongs to; 'ref' keeps the paragraph as given. 'appliesFrom' was derived "
        "by Steward from Art. 113 by the chapter of the article (Chapters I-II: 2025-02-02; Chapters V, VII, XII "
        "and Art. 78: 2025-08-02; all others 2026-08-02). Obligations scoped to high-risk systems, unless limited to Annex III, carry an appliesFromNote for Art. 6(1) systems (2027-08-02). Transitional rules "
        "of Art. 111 are not modelled.",
        "Roles were normalised from the reference's 'actor' field: 'provider+deployer' -> provider, deployer; "
        "'gpai-provider' = provider of a general-purpose AI model.",
    ]
    out["clauses"] = clauses(d["clauses"])
    parent = {c["ref"]: c["parent"] for c in d["clauses"]}

    def chapter(ref):
        while parent.get(ref):
            ref = parent[ref]
        return ref
    chapter_of = {c["ref"]: chapter(c["ref"]) for c in d["clauses"] if c["level"] == "article"}
    obligations = []
    for o in d["actor_obligations"]:
        article = o["ref"].split("(")[0]
        applies, later = eu_applies_from(article, chapter_of, o["scope"])
        row = {"ref": o["ref"], "article": article, "roles": eu_roles(o["actor"]), "scope": o["scope"],
               "summary": o["summary"], "related": o["related"], "appliesFrom": applies}
        if later:
            row["appliesFromNote"] = later
        obligations.append(row)
    out["actorObligations"] = obligations
    out["applicationDates"] = [
        {"id": "entry-into-force", "date": ad["entry_into_force"], "scope": "Entry into force (Art. 113, first paragraph)"},
        {"id": "chapters-i-ii", "date": ad["chapters_I_II"], "scope": "Chapters I and II (Art. 113(a))"},
        {"id": "gpai-governance-penalties", "date": ad["ch_III_sec4_ch_V_ch_VII_ch_XII_art78_except_art101"],
         "scope": "Chapter III Section 4, Chapter V, Chapter VII, Chapter XII and Art. 78, except Art. 101 (Art. 113(b))"},
        {"id": "general-application", "date": ad["general_application"], "scope": "General date of application (Art. 113)"},
        {"id": "art-6-1", "date": ad["art_6_1_and_corresponding_obligations"],
         "scope": "Art. 6(1) and the corresponding obligations (Art. 113(c))"},
    ]
    write("eu-ai-act-2024-1689.json", out)


def simple(ref_name, cid, kind, out_name, extra_notes=(), parent_fix=None):
    d = load(ref_name)
    out = header(d, cid)
    out["notes"] = as_list(d.get("notes")) + list(extra_notes)
    out["clauses"] = clauses(d["clauses"], default_kind=kind, parent_fix=parent_fix)
    write(out_name, out)


def colorado():
    d = load("colorado-sb24-205.json")
    out = header(d, "colorado-sb24-205")
    out["status"] = ("Enacted 2024-05-17; effective date moved to 2026-06-30 by SB 25B-004. Reported (secondary "
                     "sources only) as enjoined in 2026 and repealed and re-enacted by SB 26-189, signed 2026-05-14, "
                     "as a narrower automated-decision-making-technology notice law effective 2027-01-01. "
                     "Not verified against primary sources.")
    out["statusCheckedOn"] = "2026-11-25"
    out["notes"] = [d["status_warning"],
                    "statusCheckedOn is the date Steward's maintainers last compared this status with the sources "
                    "available to them (the reference data compiled 2026-11 and a 2026-05-23 news report of the "
                    "repeal); no primary source (Colorado General Assembly) was consulted.",
                    "Clause texts are editorial paraphrases, not statute text. Refs with a parenthesised label "
                    "(e.g. '6-1-1703 (AG notice)') are duties whose subsection number was not verified."]
    out["clauses"] = clauses(d["clauses"])
    write("colorado-sb24-205.json", out)


def crosswalks():
    m = load("mapping-nist-ai-rmf-1.0_to_iso-iec-42001-2023.json")
    pairs = []
    for p in m["pairs"]:
        row = {"from": p["from"], "to": p["to"], "relation": p["relation"]}
        if p["to_as_printed"] != p["to"]:
            row["toAsPrinted"] = p["to_as_printed"]
        if "note" in p:
            row["note"] = p["note"]
        pairs.append(row)
    fixes = ["Fix: %s -> printed '%s', used '%s': %s" % (f["from"], f["as_printed"], f["fixed_to"], f["reason"])
             for f in m["fixes"]]
    disc = [{"from": x["from"], "to": next(p["to"] for p in m["pairs"] if p["from"] == x["from"]
                                           and p["to_as_printed"] == x["to_as_printed"]),
             "toAsPrinted": x["to_as_printed"], "note": x["note"]} for x in m["discrepancies"]]
    write("crosswalks/nist-ai-rmf-1.0_to_iso-iec-42001-2023.json", {
        "id": "nist-ai-rmf-1.0_to_iso-iec-42001-2023", "from": "nist-ai-rmf-1.0", "to": "iso-iec-42001-2023",
        "source": m["source"] + ". " + m["completeness"], "licence": m["license"],
        "notes": m["notes"] + fixes, "discrepancies": disc, "pairs": pairs})
    o = load("mapping-owasp-llm-top10-2025_to_mitre-atlas.json")
    others = ["Other reference (not ATLAS) for %s: %s %s" % (r["from"], r["taxonomy"], r["ref"])
              for r in o["other_references"]]
    write("crosswalks/owasp-llm-top10-2025_to_mitre-atlas.json", {
        "id": "owasp-llm-top10-2025_to_mitre-atlas", "from": "owasp-llm-top10-2025", "to": "mitre-atlas",
        "source": o["source"], "licence": o["license"], "notes": as_list(o["notes"]) + others,
        "pairs": [{"from": p["from"], "to": p["to"], "relation": p["relation"],
                   "labelAsPrinted": p["label_as_printed"]} for p in o["pairs"]]})


nist_rmf(); iso(); eu(); colorado(); crosswalks()
simple("nist-ai-600-1-gai-risks.json", "nist-ai-600-1", "risk", "nist-ai-600-1.json",
       ["The reference gives section '2' as parent of every risk without listing section 2 itself; Steward "
        "makes the 12 risks roots (parent null) rather than invent a title for section 2."],
       parent_fix=lambda c, p: None)
simple("owasp-agentic-ai-threats-t1-t15.json", "owasp-agentic-threats", "threat", "owasp-agentic-threats.json")
simple("owasp-llm-top10-2025.json", "owasp-llm-top10-2025", "entry", "owasp-llm-top10-2025.json")
simple("mitre-atlas.json", "mitre-atlas", None, "mitre-atlas.json",
       ["Techniques are roots: a technique can serve several tactics, listed in attributes.tactics. Sub-techniques "
        "are children of their technique. Mitigations are roots with attributes.mitigates_techniques. The licence "
        "notice of the data is in the reference file mitre-atlas-LICENSE.txt (Apache-2.0)."])
