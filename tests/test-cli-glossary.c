/* SPDX-License-Identifier: GPL-3.0-or-later */
/* portage-cli glossary [TERM] [--json]: every term, one term (case and
 * accents ignored), a search, in the reader's language, and a clear
 * message for a term that is not there. */
#include "config.h"

#include <cJSON.h>
#include <string.h>

#include "ps-glossary.h"
#include "ps-test-utils.h"

static void
test_all_json (void)
{
  g_autoptr (PsGlossary) g = ps_glossary_new_embedded (NULL);
  g_auto (PsTestRun) r = { 0 };
  cJSON *obj, *terms;

  ps_test_run_cli (&r, NULL, "glossary", "--json", NULL);
  g_assert_cmpint (r.status, ==, 0);
  obj = cJSON_Parse (r.out);
  g_assert_nonnull (obj);
  terms = cJSON_GetObjectItemCaseSensitive (obj, "terms");
  g_assert_cmpint (cJSON_GetArraySize (terms), ==, ps_glossary_get_n_entries (g));
  for (int i = 0; i < cJSON_GetArraySize (terms); i++)
    {
      cJSON *t = cJSON_GetArrayItem (terms, i);
      const char *keys[] = { "term", "name", "name_en", "definition", "definition_en", "source", "url" };

      for (guint k = 0; k < G_N_ELEMENTS (keys); k++)
        g_assert_true (cJSON_IsString (cJSON_GetObjectItemCaseSensitive (t, keys[k])));
    }
  cJSON_Delete (obj);
}

static void
test_one_term (void)
{
  g_auto (PsTestRun) en = { 0 };
  g_auto (PsTestRun) fr = { 0 };
  g_auto (PsTestRun) json = { 0 };
  cJSON *obj;

  ps_test_run_cli (&en, "C.UTF-8", "glossary", "iaa", NULL);
  g_assert_cmpint (en.status, ==, 0);
  g_assert_true (g_str_has_prefix (en.out, "IAA — Business introduction allowance\n"));
  g_assert_nonnull (strstr (en.out, "Source: Convention collective du portage salarial"));
  g_assert_nonnull (strstr (en.out, "https://www.legifrance.gouv.fr/"));

  ps_test_run_cli (&fr, "fr_FR.UTF-8", "glossary", "reserve", NULL);
  g_assert_cmpint (fr.status, ==, 0);
  g_assert_true (g_str_has_prefix (fr.out, "Réserve financière\n"));
  g_assert_nonnull (strstr (fr.out, "compte d’activité"));
  g_assert_nonnull (strstr (fr.out, "Source\u202f: "));

  ps_test_run_cli (&json, NULL, "glossary", "RGDU", "--json", NULL);
  g_assert_cmpint (json.status, ==, 0);
  obj = cJSON_Parse (json.out);
  g_assert_cmpint (cJSON_GetArraySize (cJSON_GetObjectItemCaseSensitive (obj, "terms")), ==, 1);
  g_assert_cmpstr (cJSON_GetObjectItemCaseSensitive (cJSON_GetArrayItem (cJSON_GetObjectItemCaseSensitive (obj, "terms"), 0),
                                                     "name")->valuestring,
                   ==, "Réduction générale dégressive unique");
  cJSON_Delete (obj);
}

/* not a term: the entries that speak of it */
static void
test_search (void)
{
  g_auto (PsTestRun) r = { 0 };

  ps_test_run_cli (&r, NULL, "glossary", "dividend", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "PFU — "));
  g_assert_nonnull (strstr (r.out, "CSM — "));
  g_assert_null (strstr (r.out, "TJM — "));
}

static void
test_bad (void)
{
  g_auto (PsTestRun) r = { 0 };
  g_auto (PsTestRun) two = { 0 };

  ps_test_run_cli (&r, NULL, "glossary", "qwerty", NULL);
  g_assert_cmpint (r.status, ==, 2);
  g_assert_cmpstr (r.out, ==, "");
  g_assert_nonnull (strstr (r.err, "“qwerty” is not in the glossary"));
  ps_test_run_cli (&two, NULL, "glossary", "TJM", "IS", NULL);
  g_assert_cmpint (two.status, ==, 2);
  g_assert_nonnull (strstr (two.err, "unexpected argument “IS”"));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/cli/glossary/all-json", test_all_json);
  g_test_add_func ("/cli/glossary/one-term", test_one_term);
  g_test_add_func ("/cli/glossary/search", test_search);
  g_test_add_func ("/cli/glossary/bad", test_bad);
  return g_test_run ();
}
