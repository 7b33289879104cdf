/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-export"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ps-export.h"
#include "ps-file.h"
#include "ps-money.h"

G_DEFINE_QUARK (ps-export-error-quark, ps_export_error)

static void
append_number (GString *out,
               double   value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  g_string_append_c (out, ',');
  g_string_append (out, g_ascii_formatd (buf, sizeof buf, "%.2f", ps_round_cents (value) + 0.0));
}

static void
append_text (GString    *out,
             const char *text)
{
  g_string_append_c (out, '"');
  for (const char *p = text; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

char *
ps_export_comparison_csv (const PsComparison *c)
{
  GString *out = g_string_new ("status,name,revenue_yearly,costs_yearly,expenses_yearly,"
                               "contributions_yearly,gross_yearly,net_before_tax_yearly,"
                               "income_tax_yearly,net_after_tax_yearly,net_after_tax_monthly,"
                               "deferred_yearly,health_yearly,effective_rate_pct,unemployment_insurance,"
                               "sick_pay,complementary_pension,best\r\n");

  for (int i = 0; i < PS_N_STATUSES; i++)
    {
      const PsStatusResult *r = &c->statuses[i];

      g_string_append (out, ps_status_id (i));
      g_string_append_c (out, ',');
      append_text (out, _(ps_status_name (i)));
      append_number (out, r->revenue_yearly);
      append_number (out, r->costs_yearly);
      append_number (out, r->expenses_yearly);
      append_number (out, r->contributions_yearly);
      append_number (out, r->gross_yearly);
      append_number (out, r->net_before_tax_yearly);
      append_number (out, r->income_tax_yearly);
      append_number (out, r->net_after_tax_yearly);
      append_number (out, r->net_after_tax_monthly);
      append_number (out, r->deferred_yearly);
      append_number (out, r->health_yearly);
      append_number (out, r->effective_rate * 100);
      g_string_append_printf (out, ",%s,%s,%s,%s\r\n",
                              r->unemployment_insurance ? "true" : "false",
                              r->sick_pay ? "true" : "false",
                              r->complementary_pension ? "true" : "false",
                              c->has_best && i == (int) c->best ? "true" : "false");
    }
  return g_string_free (out, FALSE);
}

gboolean
ps_export_write_file (const char *path,
                      const char *contents,
                      gsize       length,
                      GError    **error)
{
  g_autoptr (GError) local_error = NULL;
  g_autofree char *display = g_filename_display_name (path);

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, PS_EXPORT_ERROR, PS_EXPORT_ERROR_WRITE,
                   _("Cannot write “%s”: it is a folder"), display);
      return FALSE;
    }
  /* a hidden temporary file next to @path, synced and renamed over it
   * (ps_file_write: symlinks written through, mode kept, devices and
   * FIFOs refused); on failure it is removed */
  if (!ps_file_write (path, contents, length, &local_error))
    {
      g_set_error_literal (error, PS_EXPORT_ERROR, PS_EXPORT_ERROR_WRITE, local_error->message);
      return FALSE;
    }
  return TRUE;
}
