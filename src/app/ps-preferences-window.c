/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-preferences-window"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ps-preferences-window.h"
#include "ps-rates.h"
#include "ps-scenario.h"

struct _PsPreferencesWindow
{
  AdwPreferencesWindow parent_instance;

  GtkSwitch   *restore_switch;
  AdwEntryRow *tjm_row;
  AdwEntryRow *days_row;
  AdwEntryRow *expenses_row;
  AdwComboRow *fee_model_row;
  AdwEntryRow *fee_pct_row;
  AdwEntryRow *fee_flat_row;
  AdwEntryRow *esn_margin_row;
  AdwComboRow *tax_method_row;
  AdwEntryRow *parts_row;
  AdwEntryRow *tax_rate_row;
  GtkLabel    *defaults_error;
  GtkLabel    *household_error;

  GSettings   *settings;
  PsScenarioFile file;          /* the engine checks the values */
  char        *errors[PS_N_SCENARIO_FIELDS];
};

G_DEFINE_FINAL_TYPE (PsPreferencesWindow, ps_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* Each number row: its key and the field whose checks it shares. */
typedef struct
{
  const char     *key;
  PsScenarioField field;
  gsize           row_offset;
  gsize           error_offset;
} NumberRow;

#define ROW(name) G_STRUCT_OFFSET (PsPreferencesWindow, name)

static const NumberRow number_rows[] = {
  { "default-tjm", PS_SCENARIO_FIELD_TJM, ROW (tjm_row), ROW (defaults_error) },
  { "default-days-per-year", PS_SCENARIO_FIELD_DAYS, ROW (days_row), ROW (defaults_error) },
  { "default-expenses-monthly", PS_SCENARIO_FIELD_EXPENSES_MONTHLY, ROW (expenses_row), ROW (defaults_error) },
  { "default-fee-percent", PS_SCENARIO_FIELD_FEE_PCT, ROW (fee_pct_row), ROW (defaults_error) },
  { "default-fee-flat-monthly", PS_SCENARIO_FIELD_FEE_FLAT_MONTHLY, ROW (fee_flat_row), ROW (defaults_error) },
  { "default-esn-margin-percent", PS_SCENARIO_FIELD_ESN_MARGIN_PCT, ROW (esn_margin_row), ROW (defaults_error) },
  { "default-parts", PS_SCENARIO_FIELD_PARTS, ROW (parts_row), ROW (household_error) },
  { "default-tax-rate-percent", PS_SCENARIO_FIELD_TAX_RATE_PCT, ROW (tax_rate_row), ROW (household_error) },
};

#define ROW_AT(self, offset) G_STRUCT_MEMBER (gpointer, self, offset)

static void
show_errors (PsPreferencesWindow *self)
{
  GtkLabel *labels[] = { self->defaults_error, self->household_error };

  for (guint k = 0; k < G_N_ELEMENTS (labels); k++)
    {
      g_autoptr (GString) text = g_string_new (NULL);

      for (guint i = 0; i < G_N_ELEMENTS (number_rows); i++)
        if (ROW_AT (self, number_rows[i].error_offset) == labels[k]
            && self->errors[number_rows[i].field] != NULL)
          g_string_append_printf (text, "%s%s", text->len > 0 ? "\n" : "",
                                  self->errors[number_rows[i].field]);
      gtk_label_set_label (labels[k], text->str);
      gtk_widget_set_visible (GTK_WIDGET (labels[k]), text->len > 0);
    }
}

static void
number_changed_cb (PsPreferencesWindow *self,
                   GtkEditable         *editable)
{
  for (guint i = 0; i < G_N_ELEMENTS (number_rows); i++)
    {
      const NumberRow *r = &number_rows[i];
      g_autoptr (GError) error = NULL;

      if (ROW_AT (self, r->row_offset) != (gpointer) editable)
        continue;
      g_clear_pointer (&self->errors[r->field], g_free);
      if (ps_scenario_file_set_field_text (&self->file, r->field, gtk_editable_get_text (editable), &error))
        {
          gtk_widget_remove_css_class (GTK_WIDGET (editable), "error");
          g_settings_set_double (self->settings, r->key, ps_scenario_file_get_field (&self->file, r->field));
        }
      else
        {
          gtk_widget_add_css_class (GTK_WIDGET (editable), "error");
          self->errors[r->field] = g_strdup (error->message);
        }
    }
  show_errors (self);
}

static void
update_rows (PsPreferencesWindow *self)
{
  guint fee = adw_combo_row_get_selected (self->fee_model_row);
  guint tax = adw_combo_row_get_selected (self->tax_method_row);

  gtk_widget_set_visible (GTK_WIDGET (self->fee_pct_row), fee != PS_FEE_FLAT);
  gtk_widget_set_visible (GTK_WIDGET (self->fee_flat_row), fee == PS_FEE_FLAT);
  gtk_widget_set_visible (GTK_WIDGET (self->parts_row), tax == PS_TAX_BAREME);
  gtk_widget_set_visible (GTK_WIDGET (self->tax_rate_row), tax == PS_TAX_RATE);
}

/* GSettings string choices ↔ the combo rows' positions */
static gboolean
fee_model_get (GValue   *value,
               GVariant *variant,
               gpointer  user_data)
{
  const char *id = g_variant_get_string (variant, NULL);

  for (guint m = PS_FEE_PERCENT_REVENUE; m <= PS_FEE_FLAT; m++)
    if (g_str_equal (id, ps_fee_model_id (m)))
      {
        g_value_set_uint (value, m);
        return TRUE;
      }
  return FALSE;
}

static GVariant *
fee_model_set (const GValue       *value,
               const GVariantType *type,
               gpointer            user_data)
{
  guint m = g_value_get_uint (value);

  return m <= PS_FEE_FLAT ? g_variant_new_string (ps_fee_model_id (m)) : NULL;
}

static gboolean
tax_method_get (GValue   *value,
                GVariant *variant,
                gpointer  user_data)
{
  const char *id = g_variant_get_string (variant, NULL);

  for (guint m = PS_TAX_BAREME; m <= PS_TAX_RATE; m++)
    if (g_str_equal (id, ps_tax_method_id (m)))
      {
        g_value_set_uint (value, m);
        return TRUE;
      }
  return FALSE;
}

static GVariant *
tax_method_set (const GValue       *value,
                const GVariantType *type,
                gpointer            user_data)
{
  guint m = g_value_get_uint (value);

  return m <= PS_TAX_RATE ? g_variant_new_string (ps_tax_method_id (m)) : NULL;
}

PsPreferencesWindow *
ps_preferences_window_new (GtkWindow *parent,
                           GSettings *settings)
{
  PsPreferencesWindow *self;
  g_autoptr (GError) error = NULL;
  g_autoptr (PsRates) rates = NULL;
  const PsParams *params;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (PS_TYPE_PREFERENCES_WINDOW, "transient-for", parent, "modal", TRUE, NULL);
  self->settings = g_object_ref (settings);

  /* the defaults' ranges: the embedded rates, whatever a user file says
   * (the main window warns about a bad one) */
  rates = ps_rates_new_embedded (PS_DATE_YEAR (ps_rates_default_date ()), &error);
  params = rates != NULL ? ps_rates_resolve (rates, ps_rates_default_date (), &error) : NULL;
  if (params == NULL)
    g_error ("The embedded rates do not load: %s", error->message);
  ps_scenario_file_init (&self->file, params);

  for (guint i = 0; i < G_N_ELEMENTS (number_rows); i++)
    {
      const NumberRow *r = &number_rows[i];
      GtkEditable *row = ROW_AT (self, r->row_offset);
      g_autofree char *text = NULL;

      ps_scenario_file_set_field (&self->file, r->field, g_settings_get_double (settings, r->key), NULL);
      text = ps_scenario_file_format_field (&self->file, r->field);
      gtk_editable_set_text (row, text);
      g_signal_connect_object (row, "changed", G_CALLBACK (number_changed_cb), self, G_CONNECT_SWAPPED);
    }

  g_settings_bind (settings, "restore-last-scenario", self->restore_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind_with_mapping (settings, "default-fee-model", self->fee_model_row, "selected",
                                G_SETTINGS_BIND_DEFAULT, fee_model_get, fee_model_set, NULL, NULL);
  g_settings_bind_with_mapping (settings, "default-tax-method", self->tax_method_row, "selected",
                                G_SETTINGS_BIND_DEFAULT, tax_method_get, tax_method_set, NULL, NULL);
  g_signal_connect_object (self->fee_model_row, "notify::selected", G_CALLBACK (update_rows),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->tax_method_row, "notify::selected", G_CALLBACK (update_rows),
                           self, G_CONNECT_SWAPPED);
  update_rows (self);
  return self;
}

static void
ps_preferences_window_dispose (GObject *object)
{
  PsPreferencesWindow *self = PS_PREFERENCES_WINDOW (object);

  g_clear_object (&self->settings);
  gtk_widget_dispose_template (GTK_WIDGET (object), PS_TYPE_PREFERENCES_WINDOW);
  G_OBJECT_CLASS (ps_preferences_window_parent_class)->dispose (object);
}

static void
ps_preferences_window_finalize (GObject *object)
{
  PsPreferencesWindow *self = PS_PREFERENCES_WINDOW (object);

  for (int i = 0; i < PS_N_SCENARIO_FIELDS; i++)
    g_free (self->errors[i]);
  G_OBJECT_CLASS (ps_preferences_window_parent_class)->finalize (object);
}

static void
ps_preferences_window_class_init (PsPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ps_preferences_window_dispose;
  object_class->finalize = ps_preferences_window_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/ps-preferences-window.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, PsPreferencesWindow, name)
  BIND (restore_switch);
  BIND (tjm_row);
  BIND (days_row);
  BIND (expenses_row);
  BIND (fee_model_row);
  BIND (fee_pct_row);
  BIND (fee_flat_row);
  BIND (esn_margin_row);
  BIND (tax_method_row);
  BIND (parts_row);
  BIND (tax_rate_row);
  BIND (defaults_error);
  BIND (household_error);
#undef BIND
}

static void
ps_preferences_window_init (PsPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
