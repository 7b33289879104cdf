/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-inputs-page"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "ps-inputs-page.h"
#include "ps-money.h"
#include "ps-rates.h"

struct _PsInputsPage
{
  GtkWidget        parent_instance;

  /* template */
  AdwEntryRow     *tjm_row;
  AdwEntryRow     *days_row;
  GtkToggleButton *days_per_month_button;
  GtkToggleButton *days_per_year_button;
  AdwEntryRow     *expenses_row;
  AdwEntryRow     *mileage_row;
  AdwComboRow     *fee_model_row;
  AdwEntryRow     *fee_pct_row;
  AdwEntryRow     *fee_cap_row;
  AdwEntryRow     *fee_flat_row;
  AdwEntryRow     *cdi_row;
  AdwEntryRow     *esn_margin_row;
  AdwComboRow     *tax_method_row;
  AdwEntryRow     *parts_row;
  AdwEntryRow     *tax_rate_row;
  AdwActionRow    *date_row;
  GtkMenuButton   *date_button;
  GtkPopover      *date_popover;
  GtkCalendar     *calendar;      /* made when the popover first opens */
  AdwEntryRow     *headcount_row;
  AdwEntryRow     *atmp_row;
  AdwEntryRow     *vm_row;
  AdwEntryRow     *mutuelle_row;
  AdwEntryRow     *mutuelle_employer_row;
  GtkSwitch       *cadre_switch;
  AdwComboRow     *level_row;
  GtkSwitch       *reserve_switch;
  AdwExpanderRow  *micro_expander;
  GtkSwitch       *vl_switch;
  GtkSwitch       *acre_switch;
  AdwExpanderRow  *company_expander;
  AdwEntryRow     *sasu_salary_row;
  GtkWidget       *sasu_best_label;
  GtkWidget       *sasu_unit_label;
  AdwEntryRow     *eurl_remuneration_row;
  GtkWidget       *eurl_best_label;
  GtkWidget       *eurl_unit_label;
  GtkSwitch       *eurl_ir_switch;
  GtkSwitch       *dividends_bareme_switch;
  AdwEntryRow     *running_costs_row;
  AdwEntryRow     *health_row;
  GtkWidget       *health_default_label;
  GtkWidget       *health_unit_label;
  GtkLabel        *activity_error;
  GtkLabel        *fee_error;
  GtkLabel        *cdi_error;
  GtkLabel        *tax_error;
  GtkLabel        *rates_error;
  GtkLabel        *employer_error;
  GtkLabel        *other_error;
  PsYearSection   *year_section;
  GtkWidget       *cdi_group;
  GtkWidget       *other_group;
  GtkWidget       *tax_group;
  GtkWidget       *rates_group;
  GtkWidget       *employer_group;

  AdwEntryRow     *rows[PS_N_SCENARIO_FIELDS];
  GtkLabel        *error_labels[PS_N_SCENARIO_FIELDS];
  char            *errors[PS_N_SCENARIO_FIELDS];
  char            *date_error;

  PsScenarioFile   file;
  gboolean         year_days;  /* the days row shows the realistic year's */
  guint            updating;   /* the page is filling its own fields */
  gboolean         valid;      /* as last notified */
};

G_DEFINE_FINAL_TYPE (PsInputsPage, ps_inputs_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_VALID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

GtkWidget *
ps_inputs_page_new (void)
{
  return g_object_new (PS_TYPE_INPUTS_PAGE, NULL);
}

/* ------------------------------------------------------------ errors */

static void
show_errors (PsInputsPage *self)
{
  GtkLabel *labels[] = {
    self->activity_error, self->fee_error, self->cdi_error, self->tax_error,
    self->employer_error, self->other_error,
  };

  for (guint k = 0; k < G_N_ELEMENTS (labels); k++)
    {
      g_autoptr (GString) text = g_string_new (NULL);

      for (int i = 0; i < PS_N_SCENARIO_FIELDS; i++)
        if (self->error_labels[i] == labels[k] && self->errors[i] != NULL)
          g_string_append_printf (text, "%s%s", text->len > 0 ? "\n" : "", self->errors[i]);
      gtk_label_set_label (labels[k], text->str);
      gtk_widget_set_visible (GTK_WIDGET (labels[k]), text->len > 0);
    }
  gtk_label_set_label (self->rates_error, self->date_error != NULL ? self->date_error : "");
  gtk_widget_set_visible (GTK_WIDGET (self->rates_error), self->date_error != NULL);

  for (int i = 0; i < PS_N_SCENARIO_FIELDS; i++)
    {
      GtkWidget *row = GTK_WIDGET (self->rows[i]);

      if (self->errors[i] != NULL)
        gtk_widget_add_css_class (row, "error");
      else
        gtk_widget_remove_css_class (row, "error");
    }

  if (ps_inputs_page_is_valid (self) != self->valid)
    {
      self->valid = !self->valid;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALID]);
    }
}

static void
set_error (PsInputsPage    *self,
           PsScenarioField  field,
           const char      *message)
{
  g_free (self->errors[field]);
  self->errors[field] = g_strdup (message);
}

gboolean
ps_inputs_page_is_valid (PsInputsPage *self)
{
  g_return_val_if_fail (PS_IS_INPUTS_PAGE (self), FALSE);

  for (int i = 0; i < PS_N_SCENARIO_FIELDS; i++)
    if (self->errors[i] != NULL)
      return FALSE;
  return self->date_error == NULL && ps_year_section_is_valid (self->year_section);
}

static void
emit_if_valid (PsInputsPage *self)
{
  if (self->updating == 0 && ps_inputs_page_is_valid (self))
    g_signal_emit (self, signals[CHANGED], 0);
}

/* ------------------------------------------------------------ fields */

static void
fill_field (PsInputsPage    *self,
            PsScenarioField  field)
{
  g_autofree char *text = ps_scenario_file_format_field (&self->file, field);

  self->updating++;
  gtk_editable_set_text (GTK_EDITABLE (self->rows[field]), text);
  self->updating--;
}

/* A field that gets hidden or insensitive must not keep the form invalid:
 * back to its last valid value. */
static void
reset_if_unused (PsInputsPage    *self,
                 PsScenarioField  field)
{
  GtkWidget *row = GTK_WIDGET (self->rows[field]);

  if ((gtk_widget_get_visible (row) && gtk_widget_get_sensitive (row)) || self->errors[field] == NULL)
    return;
  set_error (self, field, NULL);
  fill_field (self, field);
}

/* The field is empty: the engine chooses. */
static gboolean
is_best (PsInputsPage    *self,
         PsScenarioField  field)
{
  return self->errors[field] == NULL
         && ps_scenario_file_get_field (&self->file, field) == PS_SCENARIO_BEST;
}

/* The company options at a glance, with the expander closed: what
 * differs from the defaults. */
static void
update_company_subtitle (PsInputsPage *self)
{
  const PsScenario *s = &self->file.scenario;
  gboolean sasu_best = is_best (self, PS_SCENARIO_FIELD_SASU_SALARY_YEARLY);
  gboolean eurl_best = s->eurl_ir || is_best (self, PS_SCENARIO_FIELD_EURL_REMUNERATION_YEARLY);
  g_autoptr (GPtrArray) parts = g_ptr_array_new ();
  g_autofree char *subtitle = NULL;

  if (sasu_best && eurl_best)
    g_ptr_array_add (parts, _("Best split of pay and dividends"));
  else if (!sasu_best && !eurl_best)
    g_ptr_array_add (parts, _("Your salary and remuneration"));
  else if (!sasu_best)
    g_ptr_array_add (parts, _("Your SASU salary"));
  else
    g_ptr_array_add (parts, _("Your EURL remuneration"));
  if (s->eurl_ir)
    g_ptr_array_add (parts, _("EURL at the income tax"));
  if (s->dividends_bareme)
    g_ptr_array_add (parts, _("Dividends at the scale"));
  g_ptr_array_add (parts, NULL);
  /* Translators: the separator of the options listed under “SASU and EURL” */
  subtitle = g_strjoinv (_(" · "), (char **) parts->pdata);
  adw_expander_row_set_subtitle (self->company_expander, subtitle);
}

/* The micro options at a glance, with the expander closed. */
static void
update_micro_subtitle (PsInputsPage *self)
{
  const PsScenario *s = &self->file.scenario;
  const char *subtitle;

  if (s->micro_vl && s->micro_acre)
    subtitle = _("With the versement libératoire and the ACRE");
  else if (s->micro_vl)
    subtitle = _("With the versement libératoire");
  else if (s->micro_acre)
    subtitle = _("With the ACRE");
  else
    subtitle = _("Neither versement libératoire nor ACRE");
  adw_expander_row_set_subtitle (self->micro_expander, subtitle);
}

static void
update_rows (PsInputsPage *self)
{
  gboolean flat = self->file.scenario.fee_model == PS_FEE_FLAT;
  PsTaxMethod method = self->file.scenario.tax.method;

  gtk_widget_set_visible (GTK_WIDGET (self->fee_pct_row), !flat);
  gtk_widget_set_visible (GTK_WIDGET (self->fee_cap_row), !flat);
  gtk_widget_set_visible (GTK_WIDGET (self->fee_flat_row), flat);
  gtk_widget_set_visible (GTK_WIDGET (self->parts_row), method == PS_TAX_BAREME);
  gtk_widget_set_visible (GTK_WIDGET (self->tax_rate_row), method == PS_TAX_RATE);
  /* the margin only matters without an offer */
  gtk_widget_set_sensitive (GTK_WIDGET (self->esn_margin_row),
                            self->file.scenario.cdi_gross_yearly == 0 || self->errors[PS_SCENARIO_FIELD_CDI_GROSS_YEARLY] != NULL);

  /* the realistic year gives the days */
  gtk_widget_set_sensitive (GTK_WIDGET (self->days_row), !ps_year_section_get_enabled (self->year_section));
  reset_if_unused (self, PS_SCENARIO_FIELD_DAYS);
  reset_if_unused (self, PS_SCENARIO_FIELD_FEE_PCT);
  reset_if_unused (self, PS_SCENARIO_FIELD_FEE_CAP_MONTHLY);
  reset_if_unused (self, PS_SCENARIO_FIELD_FEE_FLAT_MONTHLY);
  reset_if_unused (self, PS_SCENARIO_FIELD_PARTS);
  reset_if_unused (self, PS_SCENARIO_FIELD_TAX_RATE_PCT);
  reset_if_unused (self, PS_SCENARIO_FIELD_ESN_MARGIN_PCT);

  /* at the income tax the whole profit is the gérant's: no split */
  gtk_widget_set_sensitive (GTK_WIDGET (self->eurl_remuneration_row), !self->file.scenario.eurl_ir);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->eurl_remuneration_row),
                               self->file.scenario.eurl_ir
                               ? _("At the income tax, the whole profit is the gérant’s income: there is no split to choose")
                               : _("The gérant’s remuneration per year, contributions included; leave empty for the split between remuneration and dividends that leaves the most net"));
  reset_if_unused (self, PS_SCENARIO_FIELD_EURL_REMUNERATION_YEARLY);
  /* an empty pay says what it stands for, in place of its unit */
  {
    gboolean sasu_best = is_best (self, PS_SCENARIO_FIELD_SASU_SALARY_YEARLY);
    gboolean eurl_best = !self->file.scenario.eurl_ir
                         && is_best (self, PS_SCENARIO_FIELD_EURL_REMUNERATION_YEARLY);

    gtk_widget_set_visible (self->sasu_best_label, sasu_best);
    gtk_widget_set_visible (self->sasu_unit_label, !sasu_best);
    gtk_widget_set_visible (self->eurl_best_label, eurl_best);
    gtk_widget_set_visible (self->eurl_unit_label, !eurl_best);
    gtk_widget_set_visible (self->health_default_label, is_best (self, PS_SCENARIO_FIELD_HEALTH_BUDGET_YEARLY));
    gtk_widget_set_visible (self->health_unit_label, !is_best (self, PS_SCENARIO_FIELD_HEALTH_BUDGET_YEARLY));
  }
  update_micro_subtitle (self);
  update_company_subtitle (self);
  show_errors (self);
}

static void
entry_changed_cb (PsInputsPage *self,
                  GtkEditable  *editable)
{
  g_autoptr (GError) error = NULL;
  int field;

  if (self->updating > 0)
    return;
  for (field = 0; field < PS_N_SCENARIO_FIELDS; field++)
    if (GTK_EDITABLE (self->rows[field]) == editable)
      break;
  g_return_if_fail (field < PS_N_SCENARIO_FIELDS);

  if (ps_scenario_file_set_field_text (&self->file, field, gtk_editable_get_text (editable), &error))
    set_error (self, field, NULL);
  else
    set_error (self, field, error->message);
  update_rows (self);
  emit_if_valid (self);
}

/* ------------------------------------------------------------ choices */

static void
update_days_title (PsInputsPage *self)
{
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->days_row),
                                 self->file.days_unit == PS_DAYS_PER_MONTH
                                 /* short: it shares the row with the unit's switch at 360 px */
                                 ? _("Days per month") : _("Days per year"));
}

static void
days_unit_toggled_cb (PsInputsPage    *self,
                      GtkToggleButton *button)
{
  PsDaysUnit unit = gtk_toggle_button_get_active (self->days_per_month_button)
                    ? PS_DAYS_PER_MONTH : PS_DAYS_PER_YEAR;

  if (self->updating > 0 || unit == self->file.days_unit)
    return;
  /* the same days, shown in the other unit */
  self->file.days_unit = unit;
  set_error (self, PS_SCENARIO_FIELD_DAYS, NULL);
  fill_field (self, PS_SCENARIO_FIELD_DAYS);
  update_days_title (self);
  show_errors (self);
  emit_if_valid (self);
}

static void
choice_changed_cb (PsInputsPage *self)
{
  PsScenario *s = &self->file.scenario;

  if (self->updating > 0)
    return;
  s->fee_model = adw_combo_row_get_selected (self->fee_model_row);
  s->tax.method = adw_combo_row_get_selected (self->tax_method_row);
  s->level = adw_combo_row_get_selected (self->level_row);
  s->profile.cadre = gtk_switch_get_active (self->cadre_switch);
  s->reserve = gtk_switch_get_active (self->reserve_switch);
  s->micro_vl = gtk_switch_get_active (self->vl_switch);
  s->micro_acre = gtk_switch_get_active (self->acre_switch);
  s->eurl_ir = gtk_switch_get_active (self->eurl_ir_switch);
  s->dividends_bareme = gtk_switch_get_active (self->dividends_bareme_switch);
  update_rows (self);
  emit_if_valid (self);
}

/* ------------------------------------------------------------ date */

static GDateTime *
date_time_of (PsDate date)
{
  return g_date_time_new_local (PS_DATE_YEAR (date), (date / 100) % 100, date % 100, 12, 0, 0);
}

static void
update_date_row (PsInputsPage *self)
{
  PsDate date = self->file.date != 0 ? self->file.date : ps_rates_default_date ();
  g_autoptr (GDateTime) dt = date_time_of (date);
  /* Translators: a date as in “29 November 2026”, see g_date_time_format () */
  g_autofree char *text = g_date_time_format (dt, _("%-d %B %Y"));
  g_autofree char *subtitle = NULL;

  if (self->file.date != 0)
    subtitle = g_strdup (text);
  else if (date == ps_date_today ())
    /* Translators: %s is today’s date */
    subtitle = g_strdup_printf (_("Today, %s"), text);
  else
    /* Translators: %s is the date nearest today that has rates */
    subtitle = g_strdup_printf (_("%s, the nearest date with rates"), text);
  adw_action_row_set_subtitle (self->date_row, subtitle);

  if (self->calendar != NULL)
    {
      self->updating++;
      gtk_calendar_select_day (self->calendar, dt);
      self->updating--;
    }
}

static void
day_selected_cb (PsInputsPage *self,
                 GtkCalendar  *calendar)
{
  g_autoptr (GDateTime) dt = NULL;
  g_autofree int *years = NULL;
  int n_years;
  PsDate date;

  if (self->updating > 0)
    return;
  dt = gtk_calendar_get_date (calendar);
  date = PS_DATE (g_date_time_get_year (dt), g_date_time_get_month (dt),
                  g_date_time_get_day_of_month (dt));
  years = ps_rates_list_years (&n_years);
  g_clear_pointer (&self->date_error, g_free);
  if (n_years < 1 || PS_DATE_YEAR (date) < years[0] || PS_DATE_YEAR (date) > years[n_years - 1])
    {
      self->date_error = g_strdup_printf (_("There are rates for %d to %d only: choose a date in those years."),
                                          n_years > 0 ? years[0] : 0, n_years > 0 ? years[n_years - 1] : 0);
      show_errors (self);
      return;
    }
  self->file.date = date;
  update_date_row (self);
  show_errors (self);
  gtk_menu_button_popdown (self->date_button);
  emit_if_valid (self);
}

static void
today_clicked_cb (PsInputsPage *self)
{
  g_clear_pointer (&self->date_error, g_free);
  self->file.date = 0;
  update_date_row (self);
  show_errors (self);
  gtk_menu_button_popdown (self->date_button);
  emit_if_valid (self);
}

/* The date popover's calendar and its Today button, made when first
 * needed (the popover opens): the start-up builds none of it. */
GtkCalendar *
ps_inputs_page_get_calendar (PsInputsPage *self)
{
  GtkWidget *box;
  GtkWidget *today;

  g_return_val_if_fail (PS_IS_INPUTS_PAGE (self), NULL);

  if (self->calendar != NULL)
    return self->calendar;
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  self->calendar = GTK_CALENDAR (gtk_calendar_new ());
  today = gtk_button_new_with_mnemonic (_("_Today"));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->calendar));
  gtk_box_append (GTK_BOX (box), today);
  gtk_popover_set_child (self->date_popover, box);
  g_signal_connect_object (self->calendar, "day-selected",
                           G_CALLBACK (day_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (today, "clicked",
                           G_CALLBACK (today_clicked_cb), self, G_CONNECT_SWAPPED);
  /* the date shown, selected */
  update_date_row (self);
  return self->calendar;
}

/* ------------------------------------------------------------ year */

static void
year_changed_cb (PsInputsPage *self)
{
  update_rows (self);
  emit_if_valid (self);
}

PsYearSection *
ps_inputs_page_get_year_section (PsInputsPage *self)
{
  g_return_val_if_fail (PS_IS_INPUTS_PAGE (self), NULL);
  return self->year_section;
}

void
ps_inputs_page_show_year_days (PsInputsPage *self,
                               double        billed_days)
{
  g_return_if_fail (PS_IS_INPUTS_PAGE (self));

  if (billed_days < 0)
    {
      /* back to the days typed, once */
      if (self->year_days)
        fill_field (self, PS_SCENARIO_FIELD_DAYS);
      self->year_days = FALSE;
      return;
    }
  {
    double shown = self->file.days_unit == PS_DAYS_PER_MONTH ? billed_days / 12 : billed_days;
    g_autofree char *text = ps_format_number (shown, shown == (int) shown ? 0 : 1);

    self->year_days = TRUE;
    self->updating++;
    gtk_editable_set_text (GTK_EDITABLE (self->rows[PS_SCENARIO_FIELD_DAYS]), text);
    self->updating--;
  }
}

/* ------------------------------------------------------------ public */

void
ps_inputs_page_set_file (PsInputsPage         *self,
                         const PsScenarioFile *file)
{
  const PsScenario *s;

  g_return_if_fail (PS_IS_INPUTS_PAGE (self));
  g_return_if_fail (file != NULL);

  self->file = *file;
  s = &self->file.scenario;
  for (int i = 0; i < PS_N_SCENARIO_FIELDS; i++)
    {
      set_error (self, i, NULL);
      fill_field (self, i);
    }
  g_clear_pointer (&self->date_error, g_free);

  self->updating++;
  gtk_toggle_button_set_active (self->days_per_month_button, self->file.days_unit == PS_DAYS_PER_MONTH);
  gtk_toggle_button_set_active (self->days_per_year_button, self->file.days_unit == PS_DAYS_PER_YEAR);
  adw_combo_row_set_selected (self->fee_model_row, s->fee_model);
  adw_combo_row_set_selected (self->tax_method_row, s->tax.method);
  adw_combo_row_set_selected (self->level_row, s->level);
  gtk_switch_set_active (self->cadre_switch, s->profile.cadre);
  gtk_switch_set_active (self->reserve_switch, s->reserve);
  gtk_switch_set_active (self->vl_switch, s->micro_vl);
  gtk_switch_set_active (self->acre_switch, s->micro_acre);
  gtk_switch_set_active (self->eurl_ir_switch, s->eurl_ir);
  gtk_switch_set_active (self->dividends_bareme_switch, s->dividends_bareme);
  ps_year_section_set_inputs (self->year_section, &self->file.year);
  ps_year_section_set_enabled (self->year_section, self->file.year_on);
  self->updating--;

  update_days_title (self);
  update_date_row (self);
  update_rows (self);
  emit_if_valid (self);
}

void
ps_inputs_page_get_file (PsInputsPage   *self,
                         PsScenarioFile *out)
{
  g_return_if_fail (PS_IS_INPUTS_PAGE (self));
  *out = self->file;
  out->year_on = ps_year_section_get_enabled (self->year_section);
  ps_year_section_get_inputs (self->year_section, &out->year);
}

/* The groups under the first ones (the CDI, the other statuses, the
 * tax, the rates' date, the employer) are hidden until the window's first
 * frame is drawn: the first layout neither styles, measures nor shapes
 * them, as they are below the page's fold. */
void
ps_inputs_page_show_below_fold (PsInputsPage *self)
{
  GtkWidget *groups[] = {
    self->cdi_group, self->other_group, self->tax_group, self->rates_group, self->employer_group,
  };

  g_return_if_fail (PS_IS_INPUTS_PAGE (self));
  for (guint i = 0; i < G_N_ELEMENTS (groups); i++)
    gtk_widget_set_visible (groups[i], TRUE);
}

GtkWidget *
ps_inputs_page_get_row (PsInputsPage    *self,
                        PsScenarioField  field)
{
  g_return_val_if_fail (PS_IS_INPUTS_PAGE (self), NULL);
  g_return_val_if_fail (field < PS_N_SCENARIO_FIELDS, NULL);
  return GTK_WIDGET (self->rows[field]);
}

GtkWidget *
ps_inputs_page_get_invalid_row (PsInputsPage *self)
{
  g_return_val_if_fail (PS_IS_INPUTS_PAGE (self), NULL);

  for (int i = 0; i < PS_N_SCENARIO_FIELDS; i++)
    if (self->errors[i] != NULL)
      return GTK_WIDGET (self->rows[i]);
  return self->date_error != NULL ? GTK_WIDGET (self->date_row) : NULL;
}

const char *
ps_inputs_page_get_error (PsInputsPage    *self,
                          PsScenarioField  field)
{
  g_return_val_if_fail (PS_IS_INPUTS_PAGE (self), NULL);
  g_return_val_if_fail (field < PS_N_SCENARIO_FIELDS, NULL);
  return self->errors[field];
}

/* ------------------------------------------------------------ GObject */

static void
ps_inputs_page_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  PsInputsPage *self = PS_INPUTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_VALID:
      g_value_set_boolean (value, self->valid);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ps_inputs_page_dispose (GObject *object)
{
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), PS_TYPE_INPUTS_PAGE);
  /* the template's root child is not bound: unparent it too */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (ps_inputs_page_parent_class)->dispose (object);
}

static void
ps_inputs_page_finalize (GObject *object)
{
  PsInputsPage *self = PS_INPUTS_PAGE (object);

  for (int i = 0; i < PS_N_SCENARIO_FIELDS; i++)
    g_free (self->errors[i]);
  g_free (self->date_error);
  G_OBJECT_CLASS (ps_inputs_page_parent_class)->finalize (object);
}

static void
ps_inputs_page_class_init (PsInputsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ps_inputs_page_dispose;
  object_class->finalize = ps_inputs_page_finalize;
  object_class->get_property = ps_inputs_page_get_property;

  /* every field valid: FALSE while one shows a value in error */
  properties[PROP_VALID] =
    g_param_spec_boolean ("valid", NULL, NULL, TRUE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (PS_TYPE_YEAR_SECTION);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/ps-inputs-page.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, PsInputsPage, name)
  BIND (tjm_row);
  BIND (days_row);
  BIND (days_per_month_button);
  BIND (days_per_year_button);
  BIND (expenses_row);
  BIND (mileage_row);
  BIND (fee_model_row);
  BIND (fee_pct_row);
  BIND (fee_cap_row);
  BIND (fee_flat_row);
  BIND (cdi_row);
  BIND (esn_margin_row);
  BIND (tax_method_row);
  BIND (parts_row);
  BIND (tax_rate_row);
  BIND (date_row);
  BIND (date_button);
  BIND (date_popover);
  BIND (headcount_row);
  BIND (atmp_row);
  BIND (vm_row);
  BIND (mutuelle_row);
  BIND (mutuelle_employer_row);
  BIND (cadre_switch);
  BIND (level_row);
  BIND (reserve_switch);
  BIND (micro_expander);
  BIND (vl_switch);
  BIND (acre_switch);
  BIND (company_expander);
  BIND (sasu_salary_row);
  BIND (sasu_best_label);
  BIND (sasu_unit_label);
  BIND (eurl_remuneration_row);
  BIND (eurl_best_label);
  BIND (eurl_unit_label);
  BIND (eurl_ir_switch);
  BIND (dividends_bareme_switch);
  BIND (running_costs_row);
  BIND (health_row);
  BIND (health_default_label);
  BIND (health_unit_label);
  BIND (activity_error);
  BIND (fee_error);
  BIND (cdi_error);
  BIND (tax_error);
  BIND (rates_error);
  BIND (employer_error);
  BIND (other_error);
  BIND (year_section);
  BIND (cdi_group);
  BIND (other_group);
  BIND (tax_group);
  BIND (rates_group);
  BIND (employer_group);
#undef BIND
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
ps_inputs_page_init (PsInputsPage *self)
{
  self->valid = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));

  /* the template children exist only now: map them, in PsScenarioField order */
  {
    AdwEntryRow *rows[] = {
      self->tjm_row, self->days_row, self->expenses_row, self->fee_pct_row, self->fee_cap_row,
      self->fee_flat_row, self->cdi_row, self->esn_margin_row, self->parts_row,
      self->tax_rate_row, self->headcount_row, self->atmp_row, self->vm_row,
      self->mutuelle_row, self->mutuelle_employer_row, self->mileage_row,
      self->running_costs_row, self->sasu_salary_row, self->eurl_remuneration_row,
      self->health_row,
    };
    GtkLabel *errors[] = {
      self->activity_error, self->activity_error, self->activity_error, self->fee_error,
      self->fee_error, self->fee_error, self->cdi_error, self->cdi_error, self->tax_error,
      self->tax_error, self->employer_error, self->employer_error, self->employer_error,
      self->employer_error, self->employer_error, self->activity_error,
      self->other_error, self->other_error, self->other_error,
      self->other_error,
    };

    G_STATIC_ASSERT (G_N_ELEMENTS (rows) == PS_N_SCENARIO_FIELDS);
    G_STATIC_ASSERT (G_N_ELEMENTS (errors) == PS_N_SCENARIO_FIELDS);
    for (guint i = 0; i < PS_N_SCENARIO_FIELDS; i++)
      {
        self->rows[i] = rows[i];
        self->error_labels[i] = errors[i];
        g_signal_connect_object (rows[i], "changed", G_CALLBACK (entry_changed_cb),
                                 self, G_CONNECT_SWAPPED);
      }
  }

  g_signal_connect_object (self->days_per_month_button, "toggled",
                           G_CALLBACK (days_unit_toggled_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->fee_model_row, "notify::selected",
                           G_CALLBACK (choice_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->tax_method_row, "notify::selected",
                           G_CALLBACK (choice_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->level_row, "notify::selected",
                           G_CALLBACK (choice_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->cadre_switch, "notify::active",
                           G_CALLBACK (choice_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->reserve_switch, "notify::active",
                           G_CALLBACK (choice_changed_cb), self, G_CONNECT_SWAPPED);
  {
    GtkSwitch *switches[] = {
      self->vl_switch, self->acre_switch, self->eurl_ir_switch, self->dividends_bareme_switch,
    };

    for (guint i = 0; i < G_N_ELEMENTS (switches); i++)
      g_signal_connect_object (switches[i], "notify::active",
                               G_CALLBACK (choice_changed_cb), self, G_CONNECT_SWAPPED);
  }
  g_signal_connect_object (self->year_section, "changed",
                           G_CALLBACK (year_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->year_section, "notify::valid",
                           G_CALLBACK (show_errors), self, G_CONNECT_SWAPPED);
  /* a calendar is some sixty widgets: made when the date is first chosen */
  g_signal_connect_object (self->date_popover, "show",
                           G_CALLBACK (ps_inputs_page_get_calendar), self, G_CONNECT_SWAPPED);
}
