/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Excel export: the workbook, its sheets in their order and the order
 * they are written in (the Summary: ps-xlsx-summary.c, the inputs:
 * ps-xlsx-inputs.c, the formats: ps-xlsx-formats.c, the Curve:
 * ps-xlsx-curve.c), its properties, and the safe write to disk. */
#define G_LOG_DOMAIN "ps-xlsx"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <locale.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>
#include <time.h>

#include "ps-file.h"
#include "ps-money.h"
#include "ps-xlsx-export.h"
#include "ps-xlsx-private.h"
#include "ps-xlsx-split-search.h"

/* Each status has a sheet of its own, with live formulas: its function
 * writes it and gives the cells of its yearly figures for the Summary. */
typedef void (*PsStatusSheetFunc) (PsXlsx        *x,
                                   PsStatus       status,
                                   PsStatusCells *out);

static const struct
{
  const char        *sheet_name;   /* N_(): short, for the tab */
  PsStatusSheetFunc  write;
} status_sheets[PS_N_STATUSES] = {
  [PS_STATUS_PORTAGE] = { N_("Portage"), ps_xlsx_write_portage },
  [PS_STATUS_CDI] = { N_("CDI"), ps_xlsx_write_cdi },
  [PS_STATUS_MICRO] = { NULL, ps_xlsx_write_micro },
  [PS_STATUS_SASU] = { NULL, ps_xlsx_write_sasu },
  [PS_STATUS_EURL] = { NULL, ps_xlsx_write_eurl },
};

/* ------------------------------------------------------------ workbook */

static char *
sheet_name_for (PsXlsx     *x,
                const char *wanted)
{
  GString *name = g_string_new (NULL);

  /* forbidden in sheet names: []:*?/\ ; at most 31 characters */
  for (const char *p = wanted; *p && g_utf8_strlen (name->str, -1) < 31; p = g_utf8_next_char (p))
    {
      if (strchr ("[]:*?/\\", *p) != NULL)
        g_string_append_c (name, ' ');
      else
        g_string_append_unichar (name, g_utf8_get_char (p));
    }
  if (workbook_validate_sheet_name (x->wb, name->str) != LXW_NO_ERROR)
    g_string_append_printf (name, " %u", x->sheets->len + 1);
  return g_string_free (name, FALSE);
}

static void
set_properties (PsXlsx *x)
{
  lxw_doc_properties props = { 0 };
  g_autofree char *subject = NULL;
  g_autofree char *comments = NULL;
  g_autofree char *date = ps_xlsx_date_text (x->p->date);
  g_autofree char *tjm = ps_format_money (x->c->scenario.tjm);
  g_autofree char *generator = g_strdup_printf ("Portage Simulator %s", PACKAGE_VERSION);
  g_autofree char *iso_date = ps_date_format (x->p->date);
  g_autofree char *now = ps_xlsx_date_text (ps_date_today ());

  subject = g_strdup_printf (_("Day rate %s, %g days billed a year: portage salarial and the other statuses compared"),
                             tjm, x->c->scenario.days_per_year);
  comments = g_strdup_printf (_("Simulation on %s, with the rates in force on that date (%d), exported on %s by Portage Simulator %s."),
                              date, x->p->year, now, PACKAGE_VERSION);
  props.title = (char *) _("Portage Simulator: what you keep, by status");
  props.subject = subject;
  props.author = (char *) "Portage Simulator";
  props.keywords = (char *) "portage salarial, CDI, TJM, URSSAF";
  props.comments = comments;
  props.category = (char *) _("Simulation");
  props.created = time (NULL);
  workbook_set_properties (x->wb, &props);
  workbook_set_custom_property_integer (x->wb, "Rates year", x->p->year);
  workbook_set_custom_property_string (x->wb, "Simulation date", iso_date);
  workbook_set_custom_property_string (x->wb, "Generator", generator);
}

static void
build (PsXlsx *x)
{
  PsStatusCells cells[PS_N_STATUSES];
  g_autofree char *summary = sheet_name_for (x, _("Summary"));

  memset (cells, 0, sizeof cells);
  for (int i = 0; i < PS_N_STATUSES; i++)
    x->eligible[i] = ps_cell (NULL, -1, -1);
  /* Translators: "fr" in the French translation: French typography in the
   * workbook's texts (no-break spaces before : ; ! ? %, the ’ apostrophe) */
  x->french = g_str_equal (C_("xlsx typography", "en"), "fr");
  ps_xlsx_create_formats (x);
  set_properties (x);

  /* the tabs, in order: summary, one per status, rates, curve */
  x->summary = ps_sheet_new (x, summary);
  for (int i = 0; i < PS_N_STATUSES; i++)
    {
      g_autofree char *name = sheet_name_for (x, status_sheets[i].sheet_name ? _(status_sheets[i].sheet_name)
                                                                             : _(ps_status_name (i)));
      x->status_sheet[i] = ps_sheet_new (x, name);
    }
  {
    g_autofree char *name = sheet_name_for (x, _("Protection"));
    x->protection = ps_sheet_new (x, name);
  }
  if (!x->assumptions_only)
    {
      ps_xlsx_offers_create (x);
      ps_xlsx_scenarios_create (x);
    }
  {
    g_autofree char *name = sheet_name_for (x, _("Years"));
    x->years = ps_sheet_new (x, name);
  }
  {
    g_autofree char *name = sheet_name_for (x, _("Cash"));
    x->cash = ps_sheet_new (x, name);
  }
  /* hidden, before the last two */
  ps_xlsx_split_create (x);
  {
    g_autofree char *name = sheet_name_for (x, _("Assumptions"));
    x->assumptions = ps_sheet_new (x, name);
  }
  {
    g_autofree char *name = sheet_name_for (x, _("Curve"));
    x->curve = ps_sheet_new (x, name);
  }
  if (x->error != NULL)
    return;

  /* in the order the formulas need them: inputs, rates, statuses, summary */
  ps_xlsx_write_summary_head (x);
  ps_xlsx_write_assumptions (x);
  if (x->assumptions_only)
    return;
  /* the offers' terms before the Portage sheet, which may use the
   * current offer's */
  ps_xlsx_write_offer_terms (x);
  if (x->portage_terms == NULL)
    x->portage_offer = NULL;
  for (int i = 0; i < PS_N_STATUSES; i++)
    {
      for (int f = 0; f < PS_N_FIELDS; f++)
        cells[i].cell[f] = ps_cell (NULL, -1, -1);
      ps_xlsx_split_search (x, i);
      status_sheets[i].write (x, i, &cells[i]);
    }
  ps_xlsx_write_summary (x, cells);
  /* after the summary, which names the statuses' yearly figures */
  ps_xlsx_write_protection (x, cells);
  ps_xlsx_write_years (x);
  ps_xlsx_write_cash (x);
  /* after the Portage sheet, whose cells the names give */
  ps_xlsx_write_offers (x);
  ps_xlsx_write_scenarios (x);
  ps_xlsx_write_curve (x);
}

static void
xlsx_clear (PsXlsx *x)
{
  g_clear_pointer (&x->sheets, g_ptr_array_unref);
  g_clear_pointer (&x->names, g_hash_table_unref);
  g_clear_pointer (&x->chunk, g_string_chunk_free);
  g_clear_pointer (&x->summary_inputs, g_ptr_array_unref);
  g_clear_pointer (&x->yes_no, g_hash_table_unref);
  g_clear_pointer (&x->error, g_free);
  g_clear_pointer (&x->offers_terms, g_free);
  ps_xlsx_split_free (x);
}

static gboolean export_workbook (const PsComparison *comparison,
                                 const PsParams     *params,
                                 PsRates            *rates,
                                 const PsXlsxExtras *extras,
                                 const char         *path,
                                 gboolean            assumptions_only,
                                 GError            **error);

gboolean
ps_xlsx_export (const PsComparison *comparison,
                const PsParams     *params,
                PsRates            *rates,
                const char         *path,
                GError            **error)
{
  return export_workbook (comparison, params, rates, NULL, path, FALSE, error);
}

gboolean
ps_xlsx_export_full (const PsComparison *comparison,
                     const PsParams     *params,
                     PsRates            *rates,
                     const PsXlsxExtras *extras,
                     const char         *path,
                     GError            **error)
{
  return export_workbook (comparison, params, rates, extras, path, FALSE, error);
}

gboolean
ps_xlsx_export_assumptions (const PsComparison *comparison,
                            const PsParams     *params,
                            PsRates            *rates,
                            const char         *path,
                            GError            **error)
{
  return export_workbook (comparison, params, rates, NULL, path, TRUE, error);
}

static gboolean
export_workbook (const PsComparison *comparison,
                 const PsParams     *params,
                 PsRates            *rates,
                 const PsXlsxExtras *extras,
                 const char         *path,
                 gboolean            assumptions_only,
                 GError            **error)
{
  g_autoptr (GError) local_error = NULL;
  g_autofree char *tmpdir = NULL;
  g_autofree char *tmp = NULL;
  g_autofree char *contents = NULL;
  lxw_workbook_options options = { 0 };
  PsXlsx x = { 0 };
  lxw_error err;
  gsize length = 0;
  gboolean ok = FALSE;
  locale_t c_numeric, saved_locale = (locale_t) 0;

  g_return_val_if_fail (comparison != NULL && params != NULL && rates != NULL && path != NULL, FALSE);

  /* Built in a private folder, then written next to @path and renamed over
   * it (ps_export_write_file): no partial file at @path, ever. */
  /* named after this process: a killed export's folder is removed by the
   * next one */
  tmpdir = ps_file_make_temp_dir ("export", &local_error);
  if (tmpdir == NULL)
    {
      g_set_error_literal (error, PS_EXPORT_ERROR, PS_EXPORT_ERROR_WRITE, local_error->message);
      return FALSE;
    }
  tmp = g_build_filename (tmpdir, "export.xlsx", NULL);

  options.tmpdir = tmpdir;
  x.wb = workbook_new_opt (tmp, &options);
  if (x.wb == NULL)
    {
      g_set_error (error, PS_EXPORT_ERROR, PS_EXPORT_ERROR_FAILED, _("Cannot create the workbook"));
      ps_file_remove_tree (tmpdir);
      return FALSE;
    }
  x.c = comparison;
  x.assumptions_only = assumptions_only;
  if (extras != NULL)
    {
      x.offers = extras->offers;
      x.n_offers = CLAMP (extras->n_offers, 0, PS_MAX_OFFERS);
      x.scenarios = extras->scenarios;
      x.quote = extras->quote;
      if (extras->current_offer != NULL && extras->offer_comparison != NULL)
        {
          x.current_offer = extras->current_offer;
          x.offer_comparison = extras->offer_comparison;
          /* the current offer among the Offres sheet's: the Portage
           * sheet has its terms (the fee, extras and employer profile from
           * its column of the Offres sheet), and the workbook the
           * comparison with it */
          for (int i = 0; i < x.n_offers && !assumptions_only; i++)
            if (&x.offers[i] == extras->current_offer
                || memcmp (&x.offers[i], extras->current_offer, sizeof (PsOffer)) == 0)
              {
                x.portage_offer = &x.offers[i];
                x.c = extras->offer_comparison;
                break;
              }
        }
    }
  x.p = params;
  x.rates = rates;
  x.chunk = g_string_chunk_new (64 * 1024);
  x.summary_inputs = g_ptr_array_new ();
  x.yes_no = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  /* Translators: a yes/no input of the workbook holds one of these */
  x.yes_text = C_("xlsx input", "Yes");
  x.no_text = C_("xlsx input", "No");
  x.names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  x.sheets = g_ptr_array_new_with_free_func ((GDestroyNotify) ps_sheet_free);

  /* libxlsxwriter prints numbers with the C library: under a French
   * LC_NUMERIC it would write "0,07" into the XML. Numbers in C for this
   * thread, everything else (messages, money) as the caller has it. */
  c_numeric = newlocale (LC_NUMERIC_MASK, "C", duplocale (uselocale ((locale_t) 0)));
  if (c_numeric != (locale_t) 0)
    saved_locale = uselocale (c_numeric);
  build (&x);
  err = workbook_close (x.wb);
  if (c_numeric != (locale_t) 0)
    {
      uselocale (saved_locale);
      freelocale (c_numeric);
    }
  if (x.error != NULL)
    g_set_error (error, PS_EXPORT_ERROR, PS_EXPORT_ERROR_FAILED, _("Cannot build the workbook: %s"), x.error);
  else if (err != LXW_NO_ERROR)
    {
      int saved = errno;

      g_autofree char *display = g_filename_display_name (path);

      /* libxlsxwriter failed writing into the temporary folder */
      g_set_error (error, PS_EXPORT_ERROR, PS_EXPORT_ERROR_WRITE,
                   /* Translators: file name, temporary folder, system error */
                   _("Cannot write “%s”: its temporary copy in %s failed (%s)"),
                   display, g_get_tmp_dir (), g_strerror (saved));
    }
  else if (!ps_file_read (tmp, 256 * 1024 * 1024, &contents, &length, &local_error))
    {
      g_autofree char *display = g_filename_display_name (path);

      g_set_error (error, PS_EXPORT_ERROR, PS_EXPORT_ERROR_WRITE, _("Cannot write “%s”: %s"), display,
                   local_error->message);
    }
  else
    ok = ps_export_write_file (path, contents, length, error);

  ps_file_remove_tree (tmpdir);
  xlsx_clear (&x);
  return ok;
}
