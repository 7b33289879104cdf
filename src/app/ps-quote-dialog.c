/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-quote-dialog"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "ps-inputs.h"
#include "ps-money.h"
#include "ps-quote.h"
#include "ps-quote-dialog.h"

/* the entry rows: the revenue, then the quote's lines (PsQuoteLine) */
#define N_ENTRIES (PS_N_QUOTE_LINES + 1)

static const char *entry_keys[N_ENTRIES] = {
  "revenue", "fee", "extras", "employer", "gross", "employee", "net", "net_after",
};

struct _PsQuoteDialog
{
  AdwWindow        parent_instance;

  /* template */
  AdwWindowTitle  *title;
  GtkLabel        *error_label;
  GtkLabel        *findings_label;
  GtkLabel        *restitution_label;
  GtkWidget       *entries[N_ENTRIES];
  AdwActionRow    *gap_rows[PS_N_QUOTE_LINES];
  GtkLabel        *gap_labels[PS_N_QUOTE_LINES];

  const PsParams  *params;
  PsOffer          offer;
  PsPortageInputs  inputs;
  char            *errors[N_ENTRIES];
};

G_DEFINE_FINAL_TYPE (PsQuoteDialog, ps_quote_dialog, ADW_TYPE_WINDOW)

static void
recompute (PsQuoteDialog *self)
{
  g_autoptr (GString) errors = g_string_new (NULL);
  g_auto (GStrv) findings = NULL;
  g_autofree char *ours = NULL, *quoted = NULL, *restitution = NULL;
  PsQuote quote;
  PsQuoteCheck check;
  gboolean any = FALSE;

  ps_quote_init (&quote);
  quote.revenue = self->inputs.tjm * self->inputs.days_per_month;
  for (int i = 0; i < N_ENTRIES; i++)
    {
      const char *text = gtk_editable_get_text (GTK_EDITABLE (self->entries[i]));
      const char *name = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self->entries[i]));
      g_autoptr (GError) error = NULL;
      g_autofree char *stripped = g_strstrip (g_strdup (text));
      double value;

      g_clear_pointer (&self->errors[i], g_free);
      if (*stripped == '\0')
        {
          gtk_widget_remove_css_class (self->entries[i], "error");
          continue;
        }
      if (!ps_input_parse_number (name, text, i == 0 ? 1 : 0, 1000000, &value, &error))
        {
          self->errors[i] = g_strdup (error->message);
          gtk_widget_add_css_class (self->entries[i], "error");
          g_string_append_printf (errors, "%s%s", errors->len > 0 ? "\n" : "", error->message);
          continue;
        }
      gtk_widget_remove_css_class (self->entries[i], "error");
      if (i == 0)
        quote.revenue = value;
      else
        {
          quote.lines[i - 1] = value;
          any = TRUE;
        }
    }
  gtk_label_set_label (self->error_label, errors->str);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), errors->len > 0);

  ps_quote_check (self->params, &self->inputs, &quote, &check);
  for (int i = 0; i < PS_N_QUOTE_LINES; i++)
    {
      g_autofree char *ours_line = ps_format_money_display (check.ours[i]);
      g_autofree char *subtitle = NULL, *gap = NULL;

      if (isnan (quote.lines[i]))
        {
          /* Translators: %s is an amount a month, the law's */
          subtitle = g_strdup_printf (_("By the law: %s"), ours_line);
          gap = g_strdup ("");
        }
      else
        {
          g_autofree char *q = ps_format_money_display (quote.lines[i]);
          g_autofree char *m = ps_format_money_display (check.gap[i]);
          g_autofree char *y = ps_format_money_display (check.gap[i] * 12);

          /* Translators: the quote's amount and the law's, a month */
          subtitle = g_strdup_printf (_("Quoted %s · by the law %s"), q, ours_line);
          /* Translators: a gap a month, then a year */
          gap = g_strdup_printf (_("%s a month\n%s a year"), m, y);
        }
      adw_action_row_set_subtitle (self->gap_rows[i], subtitle);
      gtk_label_set_label (self->gap_labels[i], gap);
    }

  ours = ps_format_percent (check.restitution_ours * 100, 1);
  if (isnan (check.restitution_quoted))
    /* Translators: %s is a percentage */
    restitution = g_strdup_printf (_("Ours %s"), ours);
  else
    {
      quoted = ps_format_percent (check.restitution_quoted * 100, 1);
      /* Translators: two percentages, the quote's and ours */
      restitution = g_strdup_printf (_("Quoted %s\nOurs %s"), quoted, ours);
    }
  gtk_label_set_label (self->restitution_label, restitution);

  findings = ps_quote_findings (&quote, &check);
  if (!any)
    gtk_label_set_label (self->findings_label, _("Type at least the gross or the net the firm shows."));
  else if (findings[0] == NULL)
    gtk_label_set_label (self->findings_label, _("Nothing: the quote is what the law gives for this revenue, fee and charges."));
  else
    {
      g_autoptr (GString) text = g_string_new (NULL);

      for (int i = 0; findings[i] != NULL; i++)
        g_string_append_printf (text, "%s• %s", i > 0 ? "\n" : "", findings[i]);
      gtk_label_set_label (self->findings_label, text->str);
    }
}

GtkWindow *
ps_quote_dialog_new (GtkWindow             *parent,
                     const PsParams        *params,
                     const PsOffer         *offer,
                     const PsPortageInputs *inputs)
{
  PsQuoteDialog *self = g_object_new (PS_TYPE_QUOTE_DIALOG, "transient-for", parent, NULL);
  g_autofree char *revenue = NULL;
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  self->params = params;
  self->offer = *offer;
  self->inputs = *inputs;
  /* the copy's bands */
  if (inputs->bands != NULL)
    self->inputs.bands = &self->offer.bands;
  adw_window_title_set_subtitle (self->title, offer->name);
  revenue = g_strdup (g_ascii_formatd (buf, sizeof buf, "%.2f", ps_round_cents (inputs->tjm * inputs->days_per_month)));
  gtk_editable_set_text (GTK_EDITABLE (self->entries[0]), revenue);
  recompute (self);
  return GTK_WINDOW (self);
}

GtkWidget *
ps_quote_dialog_get_row (PsQuoteDialog *self,
                         const char    *key)
{
  g_return_val_if_fail (PS_IS_QUOTE_DIALOG (self), NULL);

  for (int i = 0; i < N_ENTRIES; i++)
    if (g_str_equal (entry_keys[i], key))
      return self->entries[i];
  return NULL;
}

const char *
ps_quote_dialog_get_gap_text (PsQuoteDialog *self,
                              int            line)
{
  g_return_val_if_fail (PS_IS_QUOTE_DIALOG (self), NULL);
  g_return_val_if_fail (line >= 0 && line < PS_N_QUOTE_LINES, NULL);
  return gtk_label_get_label (self->gap_labels[line]);
}

const char *
ps_quote_dialog_get_findings (PsQuoteDialog *self)
{
  g_return_val_if_fail (PS_IS_QUOTE_DIALOG (self), NULL);
  return gtk_label_get_label (self->findings_label);
}

static void
ps_quote_dialog_finalize (GObject *object)
{
  PsQuoteDialog *self = PS_QUOTE_DIALOG (object);

  for (int i = 0; i < N_ENTRIES; i++)
    g_free (self->errors[i]);
  G_OBJECT_CLASS (ps_quote_dialog_parent_class)->finalize (object);
}

static void
ps_quote_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PS_TYPE_QUOTE_DIALOG);
  G_OBJECT_CLASS (ps_quote_dialog_parent_class)->dispose (object);
}

static void
ps_quote_dialog_class_init (PsQuoteDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  static const char *entry_ids[N_ENTRIES] = {
    "revenue_row", "fee_row", "extras_row", "employer_row", "gross_row", "employee_row", "net_row", "net_after_row",
  };
  static const char *gap_ids[PS_N_QUOTE_LINES] = {
    "fee_gap", "extras_gap", "employer_gap", "gross_gap", "employee_gap", "net_gap", "net_after_gap",
  };
  static const char *gap_label_ids[PS_N_QUOTE_LINES] = {
    "fee_gap_label", "extras_gap_label", "employer_gap_label", "gross_gap_label", "employee_gap_label",
    "net_gap_label", "net_after_gap_label",
  };

  object_class->dispose = ps_quote_dialog_dispose;
  object_class->finalize = ps_quote_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/ps-quote-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PsQuoteDialog, title);
  gtk_widget_class_bind_template_child (widget_class, PsQuoteDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, PsQuoteDialog, findings_label);
  gtk_widget_class_bind_template_child (widget_class, PsQuoteDialog, restitution_label);
  for (int i = 0; i < N_ENTRIES; i++)
    gtk_widget_class_bind_template_child_full (widget_class, entry_ids[i], FALSE,
                                               G_STRUCT_OFFSET (PsQuoteDialog, entries) + i * sizeof (GtkWidget *));
  for (int i = 0; i < PS_N_QUOTE_LINES; i++)
    {
      gtk_widget_class_bind_template_child_full (widget_class, gap_ids[i], FALSE,
                                                 G_STRUCT_OFFSET (PsQuoteDialog, gap_rows) + i * sizeof (gpointer));
      gtk_widget_class_bind_template_child_full (widget_class, gap_label_ids[i], FALSE,
                                                 G_STRUCT_OFFSET (PsQuoteDialog, gap_labels) + i * sizeof (gpointer));
    }
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ps_quote_dialog_init (PsQuoteDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  for (int i = 0; i < N_ENTRIES; i++)
    g_signal_connect_object (self->entries[i], "changed", G_CALLBACK (recompute), self, G_CONNECT_SWAPPED);
}
