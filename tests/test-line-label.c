/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Every line a status shows has its label in English too (issue 13, 2.5):
 * each contribution and parameter of the rates files carries `label_en`,
 * and every line the engine writes, for every status and option, has an
 * English twin; in French the lines keep the law's words. */
#include "config.h"

#include <cjson/cJSON.h>

#include "ps-comparison.h"
#include "ps-line-label.h"
#include "ps-test-utils.h"

static cJSON *
load_rates (const char *year)
{
  g_autofree char *name = g_strdup_printf ("%s.json", year);
  g_autofree char *path = g_build_filename (g_getenv ("G_TEST_SRCDIR"), "..", "data", "rates", name, NULL);
  g_autofree char *text = NULL;
  cJSON *root;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  root = cJSON_Parse (text);
  g_assert_nonnull (root);
  return root;
}

static void
assert_twin (cJSON      *item,
             const char *what)
{
  cJSON *fr = cJSON_GetObjectItemCaseSensitive (item, "label");
  cJSON *en = cJSON_GetObjectItemCaseSensitive (item, "label_en");

  if (!cJSON_IsString (fr))
    return;
  if (!cJSON_IsString (en) || en->valuestring[0] == '\0')
    g_error ("%s “%s” has no label_en", what, fr->valuestring);
  /* English typography: a percentage without a space, the ’ apostrophe */
  if (g_regex_match_simple ("[0-9] %", en->valuestring, 0, 0) || strchr (en->valuestring, '\'') != NULL)
    g_error ("%s: “%s” is not written in English typography", what, en->valuestring);
}

static void
test_rates_files (void)
{
  const char *years[] = { "2025", "2026" };

  for (guint y = 0; y < G_N_ELEMENTS (years); y++)
    {
      cJSON *root = load_rates (years[y]);
      cJSON *item;
      int n = 0;

      cJSON_ArrayForEach (item, cJSON_GetObjectItemCaseSensitive (root, "params"))
        {
          assert_twin (item, item->string);
          n++;
        }
      cJSON_ArrayForEach (item, cJSON_GetObjectItemCaseSensitive (root, "contributions"))
        {
          assert_twin (item, "contribution");
          n++;
        }
      g_assert_cmpint (n, >, 150);
      cJSON_Delete (root);
    }
}

/* every line of every status, with every option that adds lines */
static void
test_engine_lines (void)
{
  const char *dates[] = { "2025-06-01", "2026-03-01" };
  const double tjms[] = { 150, 450, 900 };

  for (guint d = 0; d < G_N_ELEMENTS (dates); d++)
    for (guint t = 0; t < G_N_ELEMENTS (tjms); t++)
      for (int variant = 0; variant < 4; variant++)
        {
          const PsParams *p = ps_test_params (dates[d]);
          g_autofree PsComparison *c = g_new0 (PsComparison, 1);
          PsScenario s;

          ps_scenario_init (&s, p);
          s.tjm = tjms[t];
          s.days_per_year = 200;
          s.micro_vl = variant == 1;
          s.micro_acre = variant == 2;
          s.eurl_ir = variant == 3;
          s.dividends_bareme = variant == 2;
          s.csm_exempt = variant == 3;
          ps_comparison_compute (p, &s, c);
          for (int st = 0; st < PS_N_STATUSES; st++)
            for (int i = 0; i < c->statuses[st].n_lines; i++)
              {
                const PsLine *l = &c->statuses[st].lines[i];
                const char *en = ps_line_label_for (l, FALSE);

                g_assert_nonnull (l->label);
                if (l->label_en == NULL && ps_line_label_en (l->label) == NULL)
                  g_error ("%s: the line “%s” (%s) has no English label", ps_status_id (st), l->label, l->id);
                g_assert_nonnull (en);
                g_assert_cmpstr (ps_line_label_for (l, TRUE), ==, l->label);
              }
        }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/ps/line-label/rates-files", test_rates_files);
  g_test_add_func ("/ps/line-label/engine-lines", test_engine_lines);
  return g_test_run ();
}
