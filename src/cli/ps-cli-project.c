/* SPDX-License-Identifier: GPL-3.0-or-later */
/* portage-cli project: the years ahead per status (ps-projection). */
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
#include "ps-projection.h"

static gboolean
projection_inputs (const Options      *o,
                   PsProjectionInputs *in,
                   GError            **error)
{
  double v;

  ps_projection_inputs_init (in);
  if (o->years != NULL)
    {
      if (!ps_input_parse_number ("--years", o->years, 1, PS_MAX_PROJECTION_YEARS, &v, error))
        return FALSE;
      if (v != floor (v))
        {
          g_set_error_literal (error, PS_INPUT_ERROR, PS_INPUT_ERROR_INVALID,
                               _("--years: a whole number of years is expected"));
          return FALSE;
        }
      in->years = (int) v;
    }
  if (o->tjm_growth_pct != NULL)
    {
      if (!ps_input_parse_number ("--tjm-growth-pct", o->tjm_growth_pct, -50, 100, &v, error))
        return FALSE;
      in->tjm_growth_rate = v / 100;
    }
  if (o->indexation_pct != NULL)
    {
      if (!ps_input_parse_number ("--indexation-pct", o->indexation_pct, -10, 20, &v, error))
        return FALSE;
      in->indexation_rate = v / 100;
    }
  if (o->mission_months != NULL
      && !ps_input_parse_number ("--mission-months", o->mission_months, 1, 60, &in->mission_months, error))
    return FALSE;
  /* the réserve is paid at the end of a mission of whole months */
  if (o->mission_months != NULL && in->mission_months != floor (in->mission_months))
    {
      g_set_error (error, PS_INPUT_ERROR, PS_INPUT_ERROR_INVALID, _("--mission-months: a whole number of months, from 1 to 60"));
      return FALSE;
    }
  if (o->cfe_rate_pct != NULL)
    {
      if (!ps_input_parse_number ("--cfe-rate-pct", o->cfe_rate_pct, 0, 100, &v, error))
        return FALSE;
      in->cfe.rate = v / 100;
    }
  if (o->cfe_base != NULL
      && !ps_input_parse_number ("--cfe-base", o->cfe_base, 0, 100000, &in->cfe.base, error))
    return FALSE;
  return TRUE;
}

/* --cfe-base is the commune's minimum base: within the national range of
 * the reference revenue's band (CGI art. 1647 D I: the minimum base
 * applies when the actual base is lower, and the commune votes it within
 * the range). Each year that owes the CFE brings it into its own band
 * (its parameters, its reference revenue): the years it changed, said;
 * NULL when it changed none (or no CFE is due). */
static char *
cfe_base_note (const PsProjection       *pr,
               const PsProjectionInputs *in)
{
  g_autoptr (GString) raised = g_string_new (NULL);
  g_autoptr (GString) lowered = g_string_new (NULL);
  g_autofree char *typed = NULL;
  GString *note = NULL;

  if (in->cfe.base < 0)
    return NULL;
  for (int y = 0; y < pr->n_years; y++)
    {
      const PsProjectionYear *py = &pr->years[PS_STATUS_MICRO][y];
      GString *list;
      g_autofree char *v = NULL;

      if (py->cfe_base <= 0 || fabs (py->cfe_base - in->cfe.base) < 0.005)
        continue;
      list = py->cfe_base > in->cfe.base ? raised : lowered;
      v = ps_format_money (py->cfe_base);
      if (list->len > 0)
        g_string_append (list, ", ");
      /* Translators: an amount, then the year it is used */
      g_string_append_printf (list, _("%s in %d"), v, py->year);
    }
  if (raised->len == 0 && lowered->len == 0)
    return NULL;
  typed = ps_format_money (in->cfe.base);
  note = g_string_new (NULL);
  if (raised->len > 0)
    /* Translators: the base typed, then the years' minimum bases used */
    g_string_append_printf (note, _("--cfe-base: %s is below the lowest minimum base the communes may vote; the minimum base applies when the actual base is lower (CGI art. 1647 D): raised to %s."),
                            typed, raised->str);
  if (lowered->len > 0)
    {
      if (note->len > 0)
        g_string_append_c (note, ' ');
      /* Translators: the base typed, then the years' tops of the band used */
      g_string_append_printf (note, _("--cfe-base: %s is above the top of the minimum base’s band for the reference revenue (CGI art. 1647 D): lowered to %s."),
                              typed, lowered->str);
    }
  return g_string_free (note, FALSE);
}

int
ps_cli_cmd_project (const Options *o,
                    GError       **error)
{
  g_auto (Context) c = { 0 };
  g_autofree PsComparison *cmp = g_new0 (PsComparison, 1);
  g_autofree PsProjection *pr = g_new0 (PsProjection, 1);
  PsProjectionInputs in;
  g_autofree char *cfe_note = NULL;

  if (o->csv && o->json)
    {
      g_set_error_literal (error, PS_INPUT_ERROR, PS_INPUT_ERROR_INVALID, _("Give either --csv or --json, not both"));
      return PS_CLI_BAD_INPUT;
    }
  if (!projection_inputs (o, &in, error) || !ps_cli_compare_from_options (o, &c, cmp, error))
    return PS_CLI_BAD_INPUT;
  if (!ps_projection_compute (c.rates, &cmp->scenario, c.params->date, &in, pr, error))
    return PS_CLI_BAD_INPUT;
  cfe_note = cfe_base_note (pr, &in);

  if (o->json)
    {
      g_autoptr (cJSON) obj = cJSON_CreateObject ();
      cJSON *statuses = cJSON_AddObjectToObject (obj, "statuses");
      cJSON *leaders = cJSON_AddArrayToObject (obj, "leader");

      cJSON_AddNumberToObject (obj, "years", pr->n_years);
      cJSON_AddNumberToObject (obj, "indexation_pct", ps_round_to (pr->indexation_rate * 100, 4));
      if (in.cfe.base >= 0)
        {
          /* each year's, null when no CFE is due */
          cJSON *used = cJSON_AddArrayToObject (obj, "cfe_base_used");

          for (int y = 0; y < pr->n_years; y++)
            {
              double b = pr->years[PS_STATUS_MICRO][y].cfe_base;

              cJSON_AddItemToArray (used, b > 0 ? cJSON_CreateNumber (ps_round_cents (b)) : cJSON_CreateNull ());
            }
          if (cfe_note != NULL)
            cJSON_AddStringToObject (obj, "cfe_base_note", cfe_note);
        }
      for (int y = 0; y < pr->n_years; y++)
        cJSON_AddItemToArray (leaders, cJSON_CreateString (ps_status_id (pr->leader[y])));
      for (int k = 0; k < PS_N_STATUSES; k++)
        {
          cJSON *st = cJSON_AddObjectToObject (statuses, ps_status_id (k));
          cJSON *arr = cJSON_AddArrayToObject (st, "years");

          for (int y = 0; y < pr->n_years; y++)
            {
              const PsProjectionYear *py = &pr->years[k][y];
              cJSON *it = cJSON_CreateObject ();

              cJSON_AddNumberToObject (it, "year", py->year);
              ps_json_add_money (it, "tjm", py->tjm);
              ps_json_add_money (it, "revenue_yearly", py->revenue);
              ps_json_add_money (it, "net_after_tax_yearly", py->net_accrued);
              ps_json_add_money (it, "cash_yearly", py->cash);
              ps_json_add_money (it, "cumulative_cash", py->cumulative_cash);
              if (k >= PS_STATUS_MICRO)
                ps_json_add_money (it, "cfe_yearly", py->cfe);
              if (k == PS_STATUS_MICRO)
                {
                  cJSON_AddBoolToObject (it, "micro_regime", py->micro_regime);
                  cJSON_AddBoolToObject (it, "acre", py->acre);
                }
              if (k == PS_STATUS_SASU || k == PS_STATUS_EURL)
                {
                  cJSON_AddBoolToObject (it, "acre", py->acre);
                  ps_json_add_money (it, "acre_exemption_yearly", py->acre_exemption);
                }
              if (k == PS_STATUS_EURL)
                {
                  ps_json_add_money (it, "contributions_due_yearly", py->contributions_due);
                  ps_json_add_money (it, "contributions_paid_yearly", py->contributions_paid);
                }
              cJSON_AddItemToArray (arr, it);
            }
          ps_json_add_money (st, "owed_after", pr->owed_after[k]);
          if (pr->leads_from[k] > 0)
            cJSON_AddNumberToObject (st, "leads_from_year", pr->years[k][pr->leads_from[k] - 1].year);
          else
            cJSON_AddNullToObject (st, "leads_from_year");
        }
      ps_cli_print_json (obj);
      return PS_CLI_OK;
    }
  if (o->csv)
    {
      /* the CSV stays data: the note on the standard error */
      if (cfe_note != NULL)
        g_printerr ("%s\n", cfe_note);
      g_print ("status,year,tjm,net_after_tax_yearly,cash_yearly,cumulative_cash\n");
      for (int k = 0; k < PS_N_STATUSES; k++)
        for (int y = 0; y < pr->n_years; y++)
          {
            const PsProjectionYear *py = &pr->years[k][y];
            char a[G_ASCII_DTOSTR_BUF_SIZE], b[G_ASCII_DTOSTR_BUF_SIZE], d[G_ASCII_DTOSTR_BUF_SIZE],
                 e[G_ASCII_DTOSTR_BUF_SIZE];

            g_print ("%s,%d,%s,%s,%s,%s\n", ps_status_id (k), py->year,
                     g_ascii_formatd (a, sizeof a, "%.2f", py->tjm),
                     g_ascii_formatd (b, sizeof b, "%.2f", ps_round_cents (py->net_accrued)),
                     g_ascii_formatd (d, sizeof d, "%.2f", ps_round_cents (py->cash)),
                     g_ascii_formatd (e, sizeof e, "%.2f", ps_round_cents (py->cumulative_cash)));
          }
      return PS_CLI_OK;
    }

  {
    const int w = 14;
    g_autofree char *l = ps_cli_pad ("", 28, FALSE);
    g_autofree char *idx = ps_format_percent (pr->indexation_rate * 100, 2);

    /* Translators: the indexation rate of the parameters */
    g_print (_("Cash received each year, cumulated (parameters indexed by %s a year after the last rates file)\n"), idx);
    g_print ("  %s", l);
    for (int k = 0; k < PS_N_STATUSES; k++)
      {
        g_autofree char *name = g_strdup (_(ps_status_short_name (k)));
        g_autofree char *cell = ps_cli_pad (name, w, TRUE);

        g_print (" %s", cell);
      }
    g_print ("\n");
    for (int y = 0; y < pr->n_years; y++)
      {
        /* Translators: a year and the day rate billed that year */
        g_autofree char *tjm = ps_format_money (pr->years[0][y].tjm);
        g_autofree char *label = g_strdup_printf (_("%d (%s a day)"), pr->years[0][y].year, tjm);
        g_autofree char *lp = ps_cli_pad (label, 28, FALSE);

        g_print ("  %s", lp);
        for (int k = 0; k < PS_N_STATUSES; k++)
          {
            g_autofree char *v = ps_format_money (pr->years[k][y].cumulative_cash);
            g_autofree char *mark = g_strdup_printf ("%s%s", v, pr->leader[y] == (PsStatus) k ? " ★" : "");
            g_autofree char *cell = ps_cli_pad (mark, w, TRUE);

            g_print (" %s", cell);
          }
        g_print ("\n");
      }
    for (int y = 0; y < pr->n_years; y++)
      if (!pr->years[PS_STATUS_MICRO][y].micro_regime)
        {
          g_print ("  ");
          /* Translators: a year */
          g_print (_("From %d the micro-entreprise has been above its ceiling two years running: it is taxed au réel."),
                   pr->years[PS_STATUS_MICRO][y].year);
          g_print ("\n");
          break;
        }
    if (pr->years[PS_STATUS_MICRO][0].acre)
      g_print ("  %s\n", _("The first year has the ACRE (micro-entreprise)."));
    if (cfe_note != NULL)
      g_print ("  %s\n", cfe_note);
    for (int k = PS_STATUS_SASU; k <= PS_STATUS_EURL; k++)
      if (pr->years[k][0].acre)
        {
          g_autofree char *v = ps_format_money (pr->years[k][0].acre_exemption);

          g_print ("  ");
          /* Translators: a status (SASU, EURL), then an amount */
          g_print (_("%s: the ACRE spares %s of contributions the first year."),
                   _(ps_status_name (k)), v);
          g_print ("\n");
        }
    for (int k = 0; k < PS_N_STATUSES; k++)
      if (fabs (pr->owed_after[k]) >= 0.005)
        {
          g_autofree char *v = ps_format_money (fabs (pr->owed_after[k]));

          g_print ("  ");
          if (pr->owed_after[k] > 0)
            /* Translators: a status, then an amount (a réserve not yet paid,
             * last year's dividends net of the CSM) */
            g_print (_("%s: %s still to come after the last year (réserve, or last year’s dividends less the CSM)"),
                     _(ps_status_name (k)), v);
          else
            /* Translators: a status, then an amount (the regularisation
             * of the last year's contributions) */
            g_print (_("%s: %s still to pay after the last year (the regularisation of its contributions)"),
                     _(ps_status_name (k)), v);
          g_print ("\n");
        }
  }
  return PS_CLI_OK;
}
