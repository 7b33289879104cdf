/* SPDX-License-Identifier: GPL-3.0-or-later */
/* portage-cli offers: portage offers side by side on the same day rate
 * (ps-offer). */
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
#include "ps-offer.h"
#include "ps-offer-edit.h"

/* the firm's prévoyance above the law's minimum, a month: the employer's
 * part (@employee FALSE) or the employee's */
static double
prevoyance_firm (const PsOfferResult *r,
                 gboolean             employee)
{
  const PsPayslip *slip = &r->portage.payslip;

  for (int k = 0; k < slip->n_lines; k++)
    if (g_str_equal (slip->lines[k].id, "prevoyance_firm"))
      return employee ? slip->lines[k].employee : slip->lines[k].employer;
  return 0;
}

int
ps_cli_cmd_offers (const Options *o,
                   GError       **error)
{
  g_auto (Context) c = { 0 };
  g_autofree PsComparison *cmp = g_new0 (PsComparison, 1);
  g_autofree PsScenarioFile *file = g_new0 (PsScenarioFile, 1);
  PsOffer offers[PS_MAX_OFFERS];
  PsOfferResult results[PS_MAX_OFFERS];
  int n_files = o->offer_files != NULL ? (int) g_strv_length (o->offer_files) : 0;
  int n;

  if (o->csv && o->json)
    {
      g_set_error_literal (error, PS_INPUT_ERROR, PS_INPUT_ERROR_INVALID, _("Give either --csv or --json, not both"));
      return PS_CLI_BAD_INPUT;
    }
  if (n_files > PS_MAX_OFFERS)
    {
      g_set_error (error, PS_INPUT_ERROR, PS_INPUT_ERROR_INVALID,
                   _("--offer: give 1 to %d offer files (%d given)"), PS_MAX_OFFERS, n_files);
      return PS_CLI_BAD_INPUT;
    }
  if (!ps_cli_compare_from_options_full (o, &c, cmp, file, error))
    return PS_CLI_BAD_INPUT;
  /* the scenario's offers first, then the files */
  n = file->n_offers + n_files;
  if (n < 1 || n > PS_MAX_OFFERS)
    {
      if (file->n_offers == 0)
        g_set_error (error, PS_INPUT_ERROR, PS_INPUT_ERROR_INVALID,
                     _("--offer: give 1 to %d offer files (%d given)"), PS_MAX_OFFERS, n_files);
      else
        /* Translators: the scenario's offers, the offer files given, the most in all */
        g_set_error (error, PS_INPUT_ERROR, PS_INPUT_ERROR_INVALID,
                     _("--offer: the scenario has %d offers and %d files are given; at most %d in all"),
                     file->n_offers, n_files, PS_MAX_OFFERS);
      return PS_CLI_BAD_INPUT;
    }
  for (int i = 0; i < file->n_offers; i++)
    offers[i] = file->offers[i];
  for (int i = file->n_offers; i < n; i++)
    {
      ps_offer_init (&offers[i], NULL);
      if (!ps_offer_load (&offers[i], o->offer_files[i - file->n_offers], error))
        {
          ps_cli_prefix_option (error, "--offer");
          return PS_CLI_BAD_INPUT;
        }
    }
  ps_offers_compare (c.params, &cmp->scenario, offers, n, results);

  if (o->json)
    {
      g_autoptr (cJSON) obj = cJSON_CreateObject ();
      cJSON *arr = cJSON_AddArrayToObject (obj, "offers");

      for (int i = 0; i < n; i++)
        {
          const PsOfferResult *r = &results[i];
          cJSON *it = cJSON_CreateObject ();

          cJSON_AddStringToObject (it, "name", offers[i].name);
          cJSON_AddBoolToObject (it, "best", r->best);
          /* the scenario's current offer (its portage in compare) */
          cJSON_AddBoolToObject (it, "current", i < file->n_offers && i == file->current_offer);
          cJSON_AddBoolToObject (it, "eligible", r->status.eligible);
          ps_json_add_money (it, "net_after_tax_monthly", r->status.net_after_tax_monthly);
          ps_json_add_money (it, "net_after_tax_yearly", r->status.net_after_tax_yearly);
          ps_json_add_money (it, "fee_yearly", r->fee_yearly);
          ps_json_add_money (it, "extras_yearly", r->extras_yearly);
          ps_json_add_money (it, "vs_best_yearly", r->vs_best_yearly);
          ps_json_add_money (it, "gross_monthly", r->portage.gross);
          ps_json_add_money (it, "employer_contributions_monthly", r->portage.employer_contributions);
          ps_json_add_money (it, "net_before_tax_monthly", r->portage.net_before_tax);
          /* the employer profile used: the firm's city's versement
           * mobilité, its prévoyance above the law's minimum */
          if (offers[i].vm_city > 0 && offers[i].vm_city <= PS_N_VM_CITIES)
            cJSON_AddStringToObject (it, "vm_city", ps_vm_city_id (offers[i].vm_city - 1));
          else
            cJSON_AddNullToObject (it, "vm_city");
          cJSON_AddNumberToObject (it, "vm_pct", ps_round_to (r->inputs.profile.vm_rate * 100, 4));
          ps_json_add_money (it, "prevoyance_firm_employer_monthly", prevoyance_firm (r, FALSE));
          ps_json_add_money (it, "prevoyance_firm_employee_monthly", prevoyance_firm (r, TRUE));
          cJSON_AddNumberToObject (it, "restitution_pct", ps_round_to (r->restitution * 100, 2));
          if (isnan (offers[i].quoted_restitution))
            cJSON_AddNullToObject (it, "quoted_restitution_pct");
          else
            cJSON_AddNumberToObject (it, "quoted_restitution_pct", ps_round_to (offers[i].quoted_restitution * 100, 2));
          cJSON_AddItemToArray (arr, it);
        }
      ps_cli_print_json (obj);
      return PS_CLI_OK;
    }
  if (o->csv)
    {
      g_print ("name,best,net_after_tax_yearly,fee_yearly,extras_yearly,vs_best_yearly,restitution_pct\n");
      for (int i = 0; i < n; i++)
        {
          const PsOfferResult *r = &results[i];
          char a[G_ASCII_DTOSTR_BUF_SIZE], b[G_ASCII_DTOSTR_BUF_SIZE], d[G_ASCII_DTOSTR_BUF_SIZE],
               e[G_ASCII_DTOSTR_BUF_SIZE], f[G_ASCII_DTOSTR_BUF_SIZE];
          g_autofree char *name = g_strdup (offers[i].name);

          g_strdelimit (name, ",\"\n", ' ');
          g_print ("%s,%s,%s,%s,%s,%s,%s\n", name, r->best ? "true" : "false",
                   g_ascii_formatd (a, sizeof a, "%.2f", ps_round_cents (r->status.net_after_tax_yearly)),
                   g_ascii_formatd (b, sizeof b, "%.2f", ps_round_cents (r->fee_yearly)),
                   g_ascii_formatd (d, sizeof d, "%.2f", ps_round_cents (r->extras_yearly)),
                   g_ascii_formatd (e, sizeof e, "%.2f", ps_round_cents (r->vs_best_yearly)),
                   g_ascii_formatd (f, sizeof f, "%.2f", r->restitution * 100));
        }
      return PS_CLI_OK;
    }

  {
    const char *rows[] = {
      N_("Net after income tax, a month"), N_("Net after income tax, a year"), N_("Fee, a year"),
      N_("Extras and advance, a year"), N_("Gross salary, a month"),
      /* the restitution: the months' net, as firms quote it */
      N_("Net before tax / revenue, without the réserve"),
      N_("Quoted by the firm"), N_("Difference with the best, a year"),
      N_("Versement mobilité"), N_("Prévoyance"),
    };
    g_autofree int *w = g_new (int, MAX (n, 1));
    int lw = 34;

    /* the offers' names whole (each column as wide as its own), the
     * labels too */
    for (int i = 0; i < n; i++)
      {
        g_autofree char *prevoyance = ps_offer_describe (&offers[i], &results[i], PS_OFFER_ASPECT_PREVOYANCE);

        w[i] = MAX (18, (int) g_utf8_strlen (offers[i].name, -1) + 2);
        w[i] = MAX (w[i], (int) g_utf8_strlen (prevoyance, -1) + 1);
      }
    for (guint r = 0; r < G_N_ELEMENTS (rows); r++)
      lw = MAX (lw, (int) g_utf8_strlen (_(rows[r]), -1));

    g_print ("%s\n", _("Portage offers on the same day rate and days (the réserve counted)"));
    {
      g_autofree char *l = ps_cli_pad ("", lw, FALSE);

      g_print ("  %s", l);
    }
    for (int i = 0; i < n; i++)
      {
        g_autofree char *name = g_strdup_printf ("%s%s", results[i].best ? "★ " : "", offers[i].name);
        g_autofree char *cell = ps_cli_pad (name, w[i], TRUE);

        g_print (" %s", cell);
      }
    g_print ("\n");
    for (guint r = 0; r < G_N_ELEMENTS (rows); r++)
      {
        g_autofree char *label = ps_cli_pad (_(rows[r]), lw, FALSE);

        g_print ("  %s", label);
        for (int i = 0; i < n; i++)
          {
            const PsOfferResult *res = &results[i];
            g_autofree char *text = NULL;
            g_autofree char *cell = NULL;

            switch (r)
              {
              case 0: text = ps_format_money (res->status.net_after_tax_monthly); break;
              case 1: text = ps_format_money (res->status.net_after_tax_yearly); break;
              case 2: text = ps_format_money (res->fee_yearly); break;
              case 3: text = ps_format_money (res->extras_yearly); break;
              case 4: text = ps_format_money (res->portage.gross); break;
              case 5: text = ps_format_percent (res->restitution * 100, 1); break;
              case 6: text = isnan (offers[i].quoted_restitution) ? g_strdup ("—")
                                                                  : ps_format_percent (offers[i].quoted_restitution * 100, 1); break;
              case 7: text = res->best ? g_strdup ("—") : ps_format_money (res->vs_best_yearly); break;
              case 8:
                {
                  g_autofree char *rate = ps_offer_describe (&offers[i], res, PS_OFFER_ASPECT_VM);

                  text = offers[i].vm_city > 0 && offers[i].vm_city <= PS_N_VM_CITIES
                         ? g_strdup_printf ("%s (%s)", rate, ps_vm_city_id (offers[i].vm_city - 1))
                         : g_steal_pointer (&rate);
                }
                break;
              default: text = ps_offer_describe (&offers[i], res, PS_OFFER_ASPECT_PREVOYANCE); break;
              }
            cell = ps_cli_pad (text, w[i], TRUE);
            g_print (" %s", cell);
          }
        g_print ("\n");
      }
    for (int i = 0; i < n; i++)
      if (!results[i].status.eligible)
        {
          /* Translators: an offer's name, then why it can't be used */
          g_autofree char *line = g_strdup_printf (_("%s: can’t be used (%s)"), offers[i].name,
                                                   _(ps_unusable_reason (results[i].status.unusable)));
          g_print ("  ✗ %s\n", line);
        }
  }
  return PS_CLI_OK;
}
