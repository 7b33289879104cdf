/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The glossary (data/glossary/glossary.json): every entry has a term, a
 * definition in French and in English and an official source; the terms
 * issue 13 asks for are there; every abbreviation the window, the CLI and
 * the rates labels use is defined (or is not a term: file formats…). */
#include "config.h"

#include <string.h>

#include "ps-error.h"
#include "ps-glossary.h"
#include "ps-test-utils.h"

static void
test_entries (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PsGlossary) g = ps_glossary_new_embedded (&error);

  g_assert_no_error (error);
  g_assert_cmpuint (ps_glossary_get_n_entries (g), >=, 40);
  for (guint i = 0; i < ps_glossary_get_n_entries (g); i++)
    {
      const PsGlossaryEntry *e = ps_glossary_get_entry (g, i);
      const char *french[] = { e->name, e->definition, e->source };

      g_assert_cmpstr (e->term, !=, "");
      g_assert_cmpstr (e->definition, !=, "");
      g_assert_cmpstr (e->definition_en, !=, "");
      /* two languages, not one text twice */
      g_assert_cmpstr (e->definition, !=, e->definition_en);
      g_assert_true (g_str_has_prefix (e->url, "https://"));
      g_assert_cmpstr (e->source, !=, "");
      g_assert_true (ps_glossary_lookup (g, e->term) == e);
      g_assert_cmpstr (ps_glossary_entry_definition (e, TRUE), ==, e->definition_en);
      g_assert_cmpstr (ps_glossary_entry_name (e, FALSE), ==, e->name);
      /* French typography: ’, and no plain space before a colon or a
       * semicolon; English percents without a space */
      for (guint k = 0; k < G_N_ELEMENTS (french); k++)
        {
          g_assert_null (strchr (french[k], '\''));
          g_assert_null (strstr (french[k], " :"));
          g_assert_null (strstr (french[k], " ;"));
        }
      g_assert_null (strstr (e->definition_en, " %"));
      g_assert_true (g_utf8_validate (e->definition, -1, NULL));
    }
}

/* the terms a consultant meets (issue 13: TJM, IAA, réserve, RGDU, PFU,
 * IS, PER, PEE, ACRE, VL, and those the breakdown and the rights use) */
static void
test_required (void)
{
  static const char *const terms[] = {
    "TJM", "IAA", "réserve", "Réserve financière", "RGDU", "PFU", "IS", "PER", "PEE", "ACRE", "VL",
    "versement libératoire", "CSG", "CRDS", "PASS", "PMSS", "ARE", "IJ", "IJSS", "CFE", "TNS", "SSI",
    "Agirc-Arrco", "Madelin", "CSM", "Versement mobilité", "SMIC", "URSSAF", "ESN", "CDI", "CDD",
    "SASU", "EURL", "Portage salarial", "Micro-entreprise", "AT/MP", "Frais de gestion",
  };
  g_autoptr (PsGlossary) g = ps_glossary_new_embedded (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (terms); i++)
    if (ps_glossary_lookup (g, terms[i]) == NULL)
      g_test_fail_printf ("“%s” is not in the glossary", terms[i]);

  /* case and accents ignored, aliases */
  g_assert_cmpstr (ps_glossary_lookup (g, "reserve")->term, ==, "Réserve financière");
  g_assert_cmpstr (ps_glossary_lookup (g, "tjm")->term, ==, "TJM");
  g_assert_cmpstr (ps_glossary_lookup (g, "IJSS")->term, ==, "IJ");
  g_assert_cmpstr (ps_glossary_lookup (g, "VAT")->term, ==, "TVA");
  g_assert_null (ps_glossary_lookup (g, "XYZ"));
  g_assert_null (ps_glossary_lookup (g, NULL));

  /* the search: in either language, in the definitions too */
  g_assert_true (ps_glossary_entry_matches (ps_glossary_lookup (g, "PFU"), "flat tax"));
  g_assert_true (ps_glossary_entry_matches (ps_glossary_lookup (g, "PFU"), "dividendes"));
  g_assert_true (ps_glossary_entry_matches (ps_glossary_lookup (g, "IAA"), "apport d’affaires"));
  g_assert_true (ps_glossary_entry_matches (ps_glossary_lookup (g, "IS"), ""));
  g_assert_true (ps_glossary_entry_matches (ps_glossary_lookup (g, "RGDU"), "degressive"));
  g_assert_false (ps_glossary_entry_matches (ps_glossary_lookup (g, "RGDU"), "dividend"));

  /* a term shows itself alone ("is" is in many words), anything else
   * every entry that speaks of it */
  {
    g_autoptr (GPtrArray) is = ps_glossary_search (g, " is ");
    g_autoptr (GPtrArray) dividend = ps_glossary_search (g, "dividend");
    g_autoptr (GPtrArray) all = ps_glossary_search (g, "");
    g_autoptr (GPtrArray) none = ps_glossary_search (g, "qwerty");

    g_assert_cmpuint (is->len, ==, 1);
    g_assert_cmpstr (((PsGlossaryEntry *) is->pdata[0])->term, ==, "IS");
    g_assert_cmpuint (dividend->len, >=, 3);
    g_assert_cmpuint (all->len, ==, ps_glossary_get_n_entries (g));
    g_assert_cmpuint (none->len, ==, 0);
  }
}

/* Words in capitals that are not terms of the domain: formats, units,
 * placeholders of the CLI's help, English words. */
static const char *const not_terms[] = {
  "JSON", "CSV", "FILE", "FICHIER", "UTF", "YYYY", "MM", "DD", "AAAA", "JJ", "OK", "IT", "OPTIONS",
  "NUL", "MB", "CV", "COMMAND", "COMMANDE", "POT", "PO", "MIME", "PDF", "XLSX", "GTK", "GNOME", "URL",
  "TERM", "TERME", "T1", "T2", "CEG", "PUMA", "SSII", "PLF", "LF", "II", "III", "IV", "VI",
  "N", "NAME", "NOM", "DATE", "ID", "CLI", "UI",
};

static void
check_text (const PsGlossary *g,
            const char       *text,
            GHashTable       *missing)
{
  g_autoptr (GRegex) re = g_regex_new ("\\b[A-Z][A-Z0-9]+(?:[-/][A-Z][A-Z0-9]+)*\\b", 0, 0, NULL);
  g_autoptr (GMatchInfo) m = NULL;

  g_regex_match (re, text, 0, &m);
  for (; g_match_info_matches (m); g_match_info_next (m, NULL))
    {
      g_autofree char *word = g_match_info_fetch (m, 0);
      g_auto (GStrv) parts = NULL;

      if (ps_glossary_lookup (g, word) != NULL)
        continue;
      parts = g_regex_split_simple ("[-/]", word, 0, 0);
      for (guint i = 0; parts[i] != NULL; i++)
        if (ps_glossary_lookup (g, parts[i]) == NULL
            && !g_strv_contains (not_terms, parts[i]))
          g_hash_table_add (missing, g_strdup (parts[i]));
    }
}

/* every abbreviation in the program's messages (po/fr.po, both
 * languages) and in the rates labels resolves */
static void
test_ui_abbreviations (void)
{
  g_autoptr (PsGlossary) g = ps_glossary_new_embedded (NULL);
  g_autoptr (GHashTable) missing = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const char *files[] = { "po/fr.po", "data/rates/2025.json", "data/rates/2026.json" };

  for (guint f = 0; f < G_N_ELEMENTS (files); f++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", files[f], NULL);
      g_autofree char *contents = NULL;
      g_auto (GStrv) lines = NULL;

      g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
      lines = g_strsplit (contents, "\n", -1);
      for (guint i = 0; lines[i] != NULL; i++)
        /* the messages, and the labels of the rates */
        if (g_str_has_prefix (lines[i], "msgid ") || g_str_has_prefix (lines[i], "msgstr ")
            || strstr (lines[i], "\"label") != NULL)
          check_text (g, lines[i], missing);
    }
  if (g_hash_table_size (missing) > 0)
    {
      g_autofree char **words = (char **) g_hash_table_get_keys_as_array (missing, NULL);
      g_autofree char *list = g_strjoinv (", ", words);

      g_test_fail_printf ("not in the glossary: %s", list);
    }
}

static void
test_bad_data (void)
{
  static const struct { const char *json; const char *message; } cases[] = {
    { "{", "not valid JSON" },
    { "{\"entries\": 3}", "no “entries” list" },
    { "{\"entries\": [{\"term\": \"X\", \"name\": \"x\", \"name_en\": \"x\", \"definition\": \"d\", \"source\": \"s\", \"url\": \"https://a\"}]}",
      "entry 1 has no “definition_en” text" },
    { "{\"entries\": [{\"term\": \"X\", \"name\": \"x\", \"name_en\": \"x\", \"definition\": \"d\", \"definition_en\": \" \", \"source\": \"s\", \"url\": \"https://a\"}]}",
      "entry 1 has no “definition_en” text" },
    { "{\"entries\": [{\"term\": \"X\", \"name\": \"x\", \"name_en\": \"x\", \"definition\": \"d\", \"definition_en\": \"e\", \"source\": \"s\", \"url\": \"http://a\"}]}",
      "the source of “X” is not an https:// address" },
    { "{\"entries\": [{\"term\": \"X\", \"name\": \"x\", \"name_en\": \"x\", \"definition\": \"d\", \"definition_en\": \"e\", \"source\": \"s\", \"url\": \"https://a\", \"aliases\": [1]}]}",
      "the aliases of “X” are not a list of texts" },
    { "{\"entries\": [{\"term\": \"X\", \"name\": \"x\", \"name_en\": \"x\", \"definition\": \"d\", \"definition_en\": \"e\", \"source\": \"s\", \"url\": \"https://a\"},"
      "{\"term\": \"Y\", \"name\": \"x\", \"name_en\": \"x\", \"definition\": \"d\", \"definition_en\": \"e\", \"source\": \"s\", \"url\": \"https://a\", \"aliases\": [\"x\"]}]}",
      "“x” is in the glossary twice" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (PsGlossary) g = ps_glossary_new_from_data (cases[i].json, strlen (cases[i].json), "test.json", &error);

      g_assert_null (g);
      g_assert_nonnull (error);
      g_assert_true (g_str_has_prefix (error->message, "test.json: "));
      if (strstr (error->message, cases[i].message) == NULL)
        g_test_fail_printf ("case %u: “%s” does not say “%s”", i, error->message, cases[i].message);
    }
}

/* The terms a line of the breakdown or of a chart mentions: whole words,
 * abbreviations in capitals only, the earliest then the longest. */
static void
test_mentions (void)
{
  g_autoptr (PsGlossary) g = ps_glossary_new_embedded (NULL);
  static const struct
  {
    const char *text;
    const char *term;    /* NULL: none */
    const char *found;   /* the words found */
  } cases[] = {
    { "CSG déductible", "CSG", "CSG" },
    { "CSG-CRDS sur l’abondement d’épargne salariale", "CSG", "CSG" },
    /* a name followed by its term: the term, in either language */
    { "Réduction générale dégressive unique (RGDU)", "RGDU", "RGDU" },
    { "Contribution solidarité autonomie (CSA)", "CSA", "CSA" },
    { "Solidarity contribution for autonomy (CSA)", "CSA", "CSA" },
    { "Contribution d’équilibre technique (CET)", "CET", "CET" },
    { "Technical balancing contribution (CET)", "CET", "CET" },
    /* a name alone: the name, in either language */
    { "Accidents du travail et maladies professionnelles", "AT/MP", "Accidents du travail et maladies professionnelles" },
    { "Workplace accidents and occupational illness", "AT/MP", "Workplace accidents and occupational illness" },
    { "Impôt sur les sociétés", "IS", "Impôt sur les sociétés" },
    { "Corporate tax (IS)", "IS", "IS" },
    { "Income tax (versement libératoire)", "IR", "Income tax" },
    { "Réserve, paid later", "Réserve financière", "Réserve" },
    { "Portage : indemnité d’apport d’affaires (% du salaire de base)", "Portage salarial", "Portage" },
    { "Indemnité d’apport d’affaires", "IAA", "Indemnité d’apport d’affaires" },
    { "Abondement PER collectif (PERCO)", "PER", "PER collectif" },
    { "Abondement PEE", "PEE", "PEE" },
    { "Prélèvement forfaitaire unique (impôt)", "PFU", "Prélèvement forfaitaire unique" },
    /* abbreviations in capitals only, whole words only */
    { "This is a test", NULL, NULL },
    { "pas de cotisation", NULL, NULL },
    { "CSGX, ISO", NULL, NULL },
    { "", NULL, NULL },
  };

  g_assert_nonnull (g);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gsize start = 0, length = 0;
      const PsGlossaryEntry *e = ps_glossary_find_mention (g, cases[i].text, &start, &length);

      if (cases[i].term == NULL)
        {
          if (e != NULL)
            g_test_fail_printf ("“%s” mentions %s", cases[i].text, e->term);
          continue;
        }
      g_assert_nonnull (e);
      g_assert_cmpstr (e->term, ==, cases[i].term);
      g_assert_cmpint (strncmp (cases[i].text + start, cases[i].found, length), ==, 0);
      g_assert_cmpuint (length, ==, strlen (cases[i].found));
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/glossary/entries", test_entries);
  g_test_add_func ("/glossary/required", test_required);
  g_test_add_func ("/glossary/ui-abbreviations", test_ui_abbreviations);
  g_test_add_func ("/glossary/bad-data", test_bad_data);
  g_test_add_func ("/glossary/mentions", test_mentions);
  return g_test_run ();
}
