/* SPDX-License-Identifier: GPL-3.0-or-later */
/* portage-cli check-quote: a portage firm's quoted month against the law
 * (ps-quote). */
#define G_LOG_DOMAIN "ps-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "ps-cli.h"
#include "ps-cli-private.h"
#include "ps-error.h"
#include "ps-json.h"
#include "ps-money.h"
#include "ps-quote.h"

static const char *options[] = {
  "--quote-revenue", "--quote-fee", "--quote-extras", "--quote-employer", "--quote-gross",
  "--quote-employee", "--quote-net", "--quote-net-after-tax",
};

static const char *keys[PS_N_QUOTE_LINES] = {
  "fee", "extras", "employer_contributions", "gross", "employee_contributions",
  "net_before_tax", "net_after_tax",
};

static const char *labels[PS_N_QUOTE_LINES] = {
  N_("Management fee"), N_("Other charges"), N_("Employer contributions"), N_("Gross salary"),
  N_("Employee contributions"), N_("Net before income tax"), N_("Net after income tax"),
};

int
ps_cli_cmd_check_quote (const Options *o,
                        GError       **error)
{
  g_auto (Context) c = { 0 };
  PsPortageInputs in;
  PsQuote q;
  PsQuoteCheck check;
  g_auto (GStrv) findings = NULL;
  gboolean any = FALSE;

  if (!ps_cli_context_init (&c, o, error) || !ps_cli_portage_inputs (o, &c, FALSE, &in, error))
    return PS_CLI_BAD_INPUT;
  ps_quote_init (&q);
  q.revenue = in.tjm * in.days_per_month;
  if (!ps_cli_opt_field (PS_FIELD_GROSS_MONTHLY, options[0], o->quote[0], &q.revenue, error))
    return PS_CLI_BAD_INPUT;
  for (int i = 0; i < PS_N_QUOTE_LINES; i++)
    if (o->quote[i + 1] != NULL)
      {
        if (!ps_input_parse_number (options[i + 1], o->quote[i + 1], 0, 1000000, &q.lines[i], error))
          return PS_CLI_BAD_INPUT;
        any = TRUE;
      }
  if (!any)
    {
      g_set_error_literal (error, PS_INPUT_ERROR, PS_INPUT_ERROR_EMPTY,
                           _("--quote-gross or --quote-net (and what else the quote shows) is required"));
      return PS_CLI_BAD_INPUT;
    }
  ps_quote_check (c.params, &in, &q, &check);
  findings = ps_quote_findings (&q, &check);

  if (o->json)
    {
      g_autoptr (cJSON) obj = cJSON_CreateObject ();
      cJSON *lines = cJSON_AddObjectToObject (obj, "lines");
      cJSON *arr;

      ps_json_add_money (obj, "revenue_monthly", q.revenue);
      for (int i = 0; i < PS_N_QUOTE_LINES; i++)
        {
          cJSON *l = cJSON_AddObjectToObject (lines, keys[i]);

          if (isnan (q.lines[i]))
            cJSON_AddNullToObject (l, "quoted_monthly");
          else
            ps_json_add_money (l, "quoted_monthly", q.lines[i]);
          ps_json_add_money (l, "ours_monthly", check.ours[i]);
          if (isnan (check.gap[i]))
            cJSON_AddNullToObject (l, "gap_monthly");
          else
            ps_json_add_monthly (l, "gap", check.gap[i]);
        }
      ps_json_add_money (obj, "legal_employer_contributions_monthly", check.legal_employer);
      ps_json_add_money (obj, "legal_employee_contributions_monthly", check.legal_employee);
      ps_json_add_money (obj, "reserve_expected_monthly", check.reserve_expected);
      if (isnan (check.unexplained))
        cJSON_AddNullToObject (obj, "unexplained_monthly");
      else
        ps_json_add_monthly (obj, "unexplained", check.unexplained);
      cJSON_AddNumberToObject (obj, "restitution_ours_pct", ps_round_to (check.restitution_ours * 100, 2));
      if (isnan (check.restitution_quoted))
        cJSON_AddNullToObject (obj, "restitution_quoted_pct");
      else
        cJSON_AddNumberToObject (obj, "restitution_quoted_pct", ps_round_to (check.restitution_quoted * 100, 2));
      arr = cJSON_AddArrayToObject (obj, "findings");
      for (int i = 0; findings[i] != NULL; i++)
        cJSON_AddItemToArray (arr, cJSON_CreateString (findings[i]));
      ps_cli_print_json (obj);
      return PS_CLI_OK;
    }

  {
    g_autofree char *revenue = ps_format_money (q.revenue);
    const int w = 15;
    const char *heads[] = { N_("quoted"), N_("by the law"), N_("gap a month"), N_("gap a year") };
    g_autofree char *l = ps_cli_pad ("", 34, FALSE);

    /* Translators: the revenue of the quoted month */
    g_print (_("The quoted month, recomputed from the same revenue (%s), fee and charges\n"), revenue);
    g_print ("  %s", l);
    for (guint k = 0; k < G_N_ELEMENTS (heads); k++)
      {
        g_autofree char *h = ps_cli_pad (_(heads[k]), w, TRUE);
        g_print (" %s", h);
      }
    g_print ("\n");
    for (int i = 0; i < PS_N_QUOTE_LINES; i++)
      {
        g_autofree char *label = ps_cli_pad (_(labels[i]), 34, FALSE);
        g_autofree char *a = isnan (q.lines[i]) ? g_strdup ("—") : ps_format_money (q.lines[i]);
        g_autofree char *b = ps_format_money (check.ours[i]);
        g_autofree char *gm = isnan (check.gap[i]) ? g_strdup ("") : ps_format_money (check.gap[i]);
        g_autofree char *gy = isnan (check.gap[i]) ? g_strdup ("") : ps_format_money (check.gap[i] * 12);
        g_autofree char *pa = ps_cli_pad (a, w, TRUE), *pb = ps_cli_pad (b, w, TRUE);
        g_autofree char *pc = ps_cli_pad (gm, w, TRUE), *pd = ps_cli_pad (gy, w, TRUE);

        g_print ("  %s %s %s %s %s\n", label, pa, pb, pc, pd);
      }
    {
      g_autofree char *ours = ps_format_percent (check.restitution_ours * 100, 1);
      g_autofree char *quoted = isnan (check.restitution_quoted) ? g_strdup ("—")
                                                                 : ps_format_percent (check.restitution_quoted * 100, 1);

      g_print ("  ");
      /* Translators: the restitution rate (net before tax ÷ revenue) quoted, then ours */
      g_print (_("Net before tax ÷ revenue: %s quoted, %s by the law"), quoted, ours);
      g_print ("\n");
    }
    if (findings[0] == NULL)
      g_print ("  %s\n", _("Nothing the law doesn’t explain."));
    for (int i = 0; findings[i] != NULL; i++)
      g_print ("  ⚠ %s\n", findings[i]);
  }
  return PS_CLI_OK;
}
