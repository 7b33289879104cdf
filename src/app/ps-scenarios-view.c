/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-scenarios-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "ps-error.h"
#include "ps-money.h"
#include "ps-rates.h"
#include "ps-scenarios-store.h"
#include "ps-scenarios-view.h"
#include "ps-scenarios-view-private.h"

/* the added scenarios are stored this long after the last change: typing
 * in the editor writes nothing */
#define STORE_DELAY_MS 500


G_DEFINE_FINAL_TYPE (PsScenariosView, ps_scenarios_view, GTK_TYPE_WIDGET)

/* ------------------------------------------------------------ helpers */

static void
toast (PsScenariosView *self,
       const char      *title)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  g_autofree char *escaped = g_markup_escape_text (title, -1);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (escaped));
  else
    g_message ("%s", title);
}

/* The rates on @date (0: the default date) into @out. */
static gboolean
params_for (PsScenariosView *self,
            PsDate           date,
            PsParams        *out,
            GError         **error)
{
  const PsParams *p;
  PsRates *rates;
  int year;

  if (date == 0)
    date = ps_rates_default_date ();
  year = PS_DATE_YEAR (date);
  rates = g_hash_table_lookup (self->rates, GINT_TO_POINTER (year));
  if (rates == NULL)
    {
      /* a bad rates file of the user's: the window says so; the embedded ones */
      rates = ps_rates_new_for_year (year, NULL);
      if (rates == NULL)
        rates = ps_rates_new_embedded (year, error);
      if (rates == NULL)
        return FALSE;
      g_hash_table_insert (self->rates, GINT_TO_POINTER (year), rates);
    }
  p = ps_rates_resolve (rates, date, error);
  if (p == NULL)
    return FALSE;
  /* the rates' cache of resolved dates is small: a copy */
  *out = *p;
  return TRUE;
}

static gboolean
too_many (PsScenariosView *self,
          GError         **error)
{
  if (self->n < PS_MAX_SCENARIOS)
    return FALSE;
  g_set_error (error, PS_INPUT_ERROR, PS_INPUT_ERROR_INVALID,
               /* Translators: %d is the most scenarios side by side (4) */
               _("At most %d scenarios side by side: remove one first"), PS_MAX_SCENARIOS);
  return TRUE;
}

/* ------------------------------------------------------------ display */

static void
fill_editor (PsScenariosView *self)
{
  const PsScenarioFile *file;
  g_autofree char *tjm = NULL;
  g_autofree char *days = NULL;
  g_autofree char *fee = NULL;
  gboolean has_offer;

  gtk_widget_set_visible (GTK_WIDGET (self->editor_group), self->selected > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->editor_error), FALSE);
  if (self->selected <= 0)
    return;
  file = &self->files[self->selected];
  tjm = ps_scenario_file_format_field (file, PS_SCENARIO_FIELD_TJM);
  days = ps_scenario_file_format_field (file, PS_SCENARIO_FIELD_DAYS);
  fee = ps_scenario_file_format_field (file, PS_SCENARIO_FIELD_FEE_PCT);
  has_offer = ps_scenario_file_current_offer (file) != NULL;

  self->filling = TRUE;
  adw_preferences_group_set_title (self->editor_group, self->results->columns[self->selected].name);
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), file->name);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->tjm_row),
                                 ps_scenario_field_label (PS_SCENARIO_FIELD_TJM, file->days_unit));
  gtk_editable_set_text (GTK_EDITABLE (self->tjm_row), tjm);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->days_row),
                                 ps_scenario_field_label (PS_SCENARIO_FIELD_DAYS, file->days_unit));
  gtk_editable_set_text (GTK_EDITABLE (self->days_row), days);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->fee_row),
                                 ps_scenario_field_label (PS_SCENARIO_FIELD_FEE_PCT, file->days_unit));
  gtk_editable_set_text (GTK_EDITABLE (self->fee_row), fee);
  /* with an offer, the fee is the offer's */
  gtk_widget_set_sensitive (GTK_WIDGET (self->fee_row), !has_offer);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->fee_row),
                               has_offer ? _("This scenario uses an offer: its fee is the offer’s") : NULL);
  gtk_widget_remove_css_class (GTK_WIDGET (self->tjm_row), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->days_row), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->fee_row), "error");
  self->filling = FALSE;
}

static void
update_summary (PsScenariosView *self)
{
  g_autofree char *text = NULL;

  if (self->n <= 1)
    text = g_strdup (_("Add a saved scenario or duplicate the current inputs to compare them with the current "
                       "inputs, status by status."));
  else
    /* 1 to 3 others: no plural forms needed beyond these two */
    text = g_strdup_printf (self->n == 2
                            ? _("The current inputs and %d other scenario, each on the rates of its own date. "
                                "The best usable status of each scenario is marked.")
                            : _("The current inputs and %d other scenarios, each on the rates of its own date. "
                                "The best usable status of each scenario is marked."),
                            self->n - 1);
  gtk_label_set_label (self->summary_label, text);
}

/* Everything from the files: ps_scenarios_compute over the columns. */
static void
recompute (PsScenariosView *self)
{
  g_autoptr (GError) error = NULL;

  self->dirty = FALSE;
  if (!self->has_current)
    return;
  if (!params_for (self, self->files[0].date, &self->params[0], &error))
    {
      /* the window says it; the table keeps the last figures */
      g_debug ("The scenarios are not computed: %s", error->message);
      return;
    }
  g_strlcpy (self->files[0].name, _("Current inputs"), sizeof self->files[0].name);
  if (self->n >= 2)
    {
      const PsParams *params[PS_MAX_SCENARIOS];

      for (int i = 0; i < self->n; i++)
        params[i] = &self->params[i];
      if (!ps_scenarios_compute (self->results, params, self->files, NULL, self->n, &error))
        g_critical ("%s", error->message);
      /* the current inputs over their realistic year, as the cards (an
       * added file's is not applied, as in compare --scenario) */
      if (self->files[0].year_on)
        {
          ps_scenario_file_compute_shown (&self->files[0], &self->params[0], &self->results->columns[0].comparison);
          ps_scenarios_finish (self->results);
        }
    }
  else
    {
      memset (self->results, 0, sizeof *self->results);
      self->results->n = 1;
      g_strlcpy (self->results->columns[0].name, self->files[0].name, sizeof self->results->columns[0].name);
      ps_scenario_file_compute_shown (&self->files[0], &self->params[0], &self->results->columns[0].comparison);
      ps_scenarios_finish (self->results);
    }
  /* only what is shown (the other when the width switches) */
  if (self->narrow)
    _ps_scenarios_view_fill_cards (self);
  else
    _ps_scenarios_view_fill_table (self);
  update_summary (self);
}

/* ------------------------------------------------------------ store */

/* The scenarios added beside the current inputs, for the next session. */
static void
store_now (PsScenariosView *self)
{
  g_autoptr (GError) error = NULL;

  g_clear_handle_id (&self->store_id, g_source_remove);
  if (!ps_scenarios_store_save (self->files + 1, MAX (self->n - 1, 0), &error))
    {
      /* Translators: the added scenarios can't be kept; then why */
      g_autofree char *text = g_strdup_printf (_("The scenarios are not kept for the next session: %s"), error->message);

      toast (self, text);
    }
}

static gboolean
store_timeout_cb (gpointer user_data)
{
  PsScenariosView *self = user_data;

  self->store_id = 0;
  store_now (self);
  return G_SOURCE_REMOVE;
}

static void
schedule_store (PsScenariosView *self)
{
  g_clear_handle_id (&self->store_id, g_source_remove);
  self->store_id = g_timeout_add (STORE_DELAY_MS, store_timeout_cb, self);
}

/* The scenarios the last session added, as columns (a stored file that
 * can't be read is left out, and said). */
static void
restore (PsScenariosView *self)
{
  g_auto (GStrv) paths = ps_scenarios_store_paths ();

  for (int i = 0; paths[i] != NULL && self->n < PS_MAX_SCENARIOS; i++)
    {
      g_autofree PsScenarioFile *file = g_new0 (PsScenarioFile, 1);
      g_autofree PsParams *params = g_new0 (PsParams, 1);
      g_autoptr (GError) error = NULL;

      if (!params_for (self, 0, params, &error))
        break;
      ps_scenario_file_init (file, params);
      if (!ps_scenario_file_load (file, paths[i], &error) || !params_for (self, file->date, params, &error))
        {
          g_warning ("A stored scenario is not restored: %s", error->message);
          continue;
        }
      if (self->n == 0)
        self->n = 1; /* the current inputs' place */
      self->files[self->n] = *file;
      self->params[self->n] = *params;
      self->n++;
    }
}

/* ------------------------------------------------------------ editor */

static void
editor_changed_cb (GtkEditable     *row,
                   PsScenariosView *self)
{
  PsScenarioFile *file;
  g_autoptr (GError) error = NULL;
  PsScenarioField field;

  if (self->filling || self->selected <= 0)
    return;
  file = &self->files[self->selected];
  if (row == GTK_EDITABLE (self->name_row))
    {
      g_strlcpy (file->name, gtk_editable_get_text (row), sizeof file->name);
      recompute (self);
      schedule_store (self);
      adw_preferences_group_set_title (self->editor_group, self->results->columns[self->selected].name);
      return;
    }
  field = row == GTK_EDITABLE (self->tjm_row) ? PS_SCENARIO_FIELD_TJM
          : row == GTK_EDITABLE (self->days_row) ? PS_SCENARIO_FIELD_DAYS
          : PS_SCENARIO_FIELD_FEE_PCT;
  if (!ps_scenario_file_set_field_text (file, field, gtk_editable_get_text (row), &error))
    {
      /* the table keeps the last valid figures */
      gtk_widget_add_css_class (GTK_WIDGET (row), "error");
      gtk_label_set_label (self->editor_error, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->editor_error), TRUE);
      return;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->editor_error), FALSE);
  recompute (self);
  schedule_store (self);
}

/* ------------------------------------------------------------ actions */

static void
chosen_cb (GtkNativeDialog *chooser,
           int              response,
           PsScenariosView *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr (GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;
      g_autoptr (GError) error = NULL;

      if (path == NULL)
        toast (self, _("Only local files can be opened"));
      else if (ps_scenarios_view_add_file (self, path, &error) == FALSE)
        toast (self, error->message);
    }
  g_object_unref (self);
  g_object_unref (chooser);
}

static void
add_file_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  PsScenariosView *self = PS_SCENARIOS_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autoptr (GtkFileFilter) json = gtk_file_filter_new ();
  g_autoptr (GError) error = NULL;
  GtkFileChooserNative *chooser;

  if (too_many (self, &error))
    {
      toast (self, error->message);
      return;
    }
  chooser = gtk_file_chooser_native_new (_("Add a Scenario"), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Add"), _("_Cancel"));
  gtk_file_filter_set_name (json, _("Scenarios (JSON)"));
  gtk_file_filter_add_mime_type (json, "application/json");
  gtk_file_filter_add_pattern (json, "*.json");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), json);
  g_signal_connect (chooser, "response", G_CALLBACK (chosen_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
duplicate_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  g_autoptr (GError) error = NULL;

  if (ps_scenarios_view_duplicate_current (PS_SCENARIOS_VIEW (widget), &error) < 0)
    toast (PS_SCENARIOS_VIEW (widget), error->message);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PsScenariosView *self = PS_SCENARIOS_VIEW (widget);
  int index = g_variant_get_int32 (parameter);

  if (index > 0 && index < self->n)
    ps_scenarios_view_select (self, index);
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PsScenariosView *self = PS_SCENARIOS_VIEW (widget);
  int index = g_variant_get_int32 (parameter);

  if (index > 0 && index < self->n)
    ps_scenarios_view_remove (self, index);
}

/* ------------------------------------------------------------ API */

void
ps_scenarios_view_set_current (PsScenariosView      *self,
                               const PsScenarioFile *file,
                               const PsOffer        *offer)
{
  PsScenarioFile *cur;

  g_return_if_fail (PS_IS_SCENARIOS_VIEW (self));
  g_return_if_fail (file != NULL);

  cur = &self->files[0];
  /* its realistic year, if on, as the cards: ps_scenario_file_compute_shown */
  *cur = *file;
  cur->n_offers = 0;
  cur->current_offer = -1;
  if (offer != NULL)
    {
      cur->offers[0] = *offer;
      cur->n_offers = 1;
      cur->current_offer = 0;
    }
  if (self->n == 0)
    self->n = 1;
  self->has_current = TRUE;
  /* every keystroke while shown; hidden, once shown */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    recompute (self);
  else
    self->dirty = TRUE;
}

static int
append (PsScenariosView      *self,
        const PsScenarioFile *file,
        const PsParams       *params)
{
  int index = self->n++;

  self->files[index] = *file;
  self->params[index] = *params;
  recompute (self);
  schedule_store (self);
  return index;
}

gboolean
ps_scenarios_view_add_file (PsScenariosView *self,
                            const char      *path,
                            GError         **error)
{
  g_autofree PsScenarioFile *file = g_new0 (PsScenarioFile, 1);
  g_autofree PsParams *params = g_new0 (PsParams, 1);
  g_autofree char *name = NULL;
  g_autoptr (GError) local_error = NULL;

  g_return_val_if_fail (PS_IS_SCENARIOS_VIEW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (too_many (self, error))
    return FALSE;
  if (!params_for (self, 0, params, error))
    return FALSE;
  ps_scenario_file_init (file, params);
  /* its message names the file and the key */
  if (!ps_scenario_file_load (file, path, error))
    return FALSE;
  if (!params_for (self, file->date, params, &local_error))
    {
      g_autofree char *base = g_filename_display_basename (path);

      g_set_error (error, local_error->domain, local_error->code, _("%s: %s"), base, local_error->message);
      return FALSE;
    }
  name = ps_scenario_file_display_name (file, path);
  g_strlcpy (file->name, name, sizeof file->name);
  if (self->n == 0)
    self->n = 1; /* the current inputs' place */
  append (self, file, params);
  return TRUE;
}

int
ps_scenarios_view_duplicate_current (PsScenariosView *self,
                                     GError         **error)
{
  g_autofree PsScenarioFile *file = NULL;
  g_autofree char *name = NULL;
  int index;

  g_return_val_if_fail (PS_IS_SCENARIOS_VIEW (self), -1);

  if (too_many (self, error))
    return -1;
  if (!self->has_current)
    {
      g_set_error_literal (error, PS_INPUT_ERROR, PS_INPUT_ERROR_INVALID,
                           _("The current inputs have a value in error: correct it first"));
      return -1;
    }
  if (self->dirty)
    recompute (self);
  file = g_memdup2 (&self->files[0], sizeof *file);
  /* a frozen copy: the days its realistic year bills, not the year
   * (an added file's year is not applied) */
  if (file->year_on)
    {
      file->scenario = self->results->columns[0].comparison.scenario;
      file->year_on = FALSE;
    }
  /* Translators: a new scenario's name, by its place */
  name = g_strdup_printf (_("Scenario %d"), self->n + 1);
  g_strlcpy (file->name, name, sizeof file->name);
  index = append (self, file, &self->params[0]);
  ps_scenarios_view_select (self, index);
  return index;
}

void
ps_scenarios_view_remove (PsScenariosView *self,
                          int              index)
{
  g_return_if_fail (PS_IS_SCENARIOS_VIEW (self));
  g_return_if_fail (index >= 1 && index < self->n);

  for (int i = index; i + 1 < self->n; i++)
    {
      self->files[i] = self->files[i + 1];
      self->params[i] = self->params[i + 1];
    }
  self->n--;
  if (self->selected == index)
    self->selected = -1;
  else if (self->selected > index)
    self->selected--;
  recompute (self);
  fill_editor (self);
  schedule_store (self);
}

void
ps_scenarios_view_select (PsScenariosView *self,
                          int              index)
{
  g_return_if_fail (PS_IS_SCENARIOS_VIEW (self));
  g_return_if_fail (index == -1 || (index >= 1 && index < self->n));

  self->selected = index;
  recompute (self);
  fill_editor (self);
}

int
ps_scenarios_view_get_n (PsScenariosView *self)
{
  g_return_val_if_fail (PS_IS_SCENARIOS_VIEW (self), 0);
  return self->n;
}

const PsScenarioFile *
ps_scenarios_view_get_file (PsScenariosView *self,
                            int              index)
{
  g_return_val_if_fail (PS_IS_SCENARIOS_VIEW (self), NULL);
  g_return_val_if_fail (index >= 0 && index < self->n, NULL);
  return &self->files[index];
}

const PsScenarios *
ps_scenarios_view_get_results (PsScenariosView *self)
{
  g_return_val_if_fail (PS_IS_SCENARIOS_VIEW (self), NULL);
  if (self->dirty)
    recompute (self);
  return self->results;
}

GtkWidget *
ps_scenarios_view_get_cell (PsScenariosView *self,
                            int              status,
                            int              index)
{
  g_return_val_if_fail (PS_IS_SCENARIOS_VIEW (self), NULL);
  g_return_val_if_fail (status >= 0 && status < PS_N_STATUSES, NULL);
  g_return_val_if_fail (index >= 0 && index < PS_MAX_SCENARIOS, NULL);
  return self->cells[status][index];
}

const char *
ps_scenarios_view_get_cell_text (PsScenariosView *self,
                                 int              status,
                                 int              index,
                                 gboolean         yearly)
{
  GtkWidget *label;

  g_return_val_if_fail (PS_IS_SCENARIOS_VIEW (self), NULL);
  g_return_val_if_fail (status >= 0 && status < PS_N_STATUSES, NULL);
  g_return_val_if_fail (index >= 0 && index < PS_MAX_SCENARIOS, NULL);
  label = yearly ? self->yearly[status][index] : self->monthly[status][index];
  return label != NULL ? g_object_get_data (G_OBJECT (label), "amount") : NULL;
}

GtkWidget *
ps_scenarios_view_get_row (PsScenariosView *self,
                           const char      *key)
{
  g_return_val_if_fail (PS_IS_SCENARIOS_VIEW (self), NULL);

  if (g_str_equal (key, "name"))
    return GTK_WIDGET (self->name_row);
  if (g_str_equal (key, "tjm"))
    return GTK_WIDGET (self->tjm_row);
  if (g_str_equal (key, "days"))
    return GTK_WIDGET (self->days_row);
  if (g_str_equal (key, "fee"))
    return GTK_WIDGET (self->fee_row);
  return NULL;
}

gboolean
ps_scenarios_view_shows_table (PsScenariosView *self)
{
  g_return_val_if_fail (PS_IS_SCENARIOS_VIEW (self), FALSE);
  return !self->narrow;
}

/* ------------------------------------------------------------ GObject */

static void
ps_scenarios_view_map (GtkWidget *widget)
{
  PsScenariosView *self = PS_SCENARIOS_VIEW (widget);

  GTK_WIDGET_CLASS (ps_scenarios_view_parent_class)->map (widget);
  if (self->dirty)
    recompute (self);
}

/* The table needs a column for the statuses and one per scenario;
 * narrower, a card per scenario (switched after the allocation that
 * tells, so that each is measured alone). */
#define STATUS_COLUMN_WIDTH 130
#define SCENARIO_COLUMN_WIDTH 160

static gboolean
switch_narrow_cb (gpointer data)
{
  PsScenariosView *self = data;

  self->narrow_id = 0;
  self->narrow = !self->narrow;
  gtk_widget_set_visible (GTK_WIDGET (self->table), !self->narrow);
  gtk_widget_set_visible (GTK_WIDGET (self->cards), self->narrow);
  if (self->results->n > 0)
    {
      if (self->narrow)
        _ps_scenarios_view_fill_cards (self);
      else
        _ps_scenarios_view_fill_table (self);
    }
  /* the buttons one under the other */
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self->toolbar),
                                  self->narrow ? GTK_ORIENTATION_VERTICAL : GTK_ORIENTATION_HORIZONTAL);
  return G_SOURCE_REMOVE;
}

static void
ps_scenarios_view_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  gtk_widget_measure (PS_SCENARIOS_VIEW (widget)->scroller, orientation, for_size, minimum, natural,
                      minimum_baseline, natural_baseline);
}

static void
ps_scenarios_view_size_allocate (GtkWidget *widget,
                                 int        width,
                                 int        height,
                                 int        baseline)
{
  PsScenariosView *self = PS_SCENARIOS_VIEW (widget);
  /* the clamp's margins and the table's padding */
  gboolean narrow = width < 24 + 28 + STATUS_COLUMN_WIDTH + MAX (self->n, 2) * SCENARIO_COLUMN_WIDTH;

  gtk_widget_allocate (self->scroller, width, height, baseline, NULL);
  if (narrow != self->narrow && self->narrow_id == 0)
    self->narrow_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, switch_narrow_cb, self, NULL);
  else if (narrow == self->narrow)
    g_clear_handle_id (&self->narrow_id, g_source_remove);
}

static void
ps_scenarios_view_dispose (GObject *object)
{
  PsScenariosView *self = PS_SCENARIOS_VIEW (object);

  /* a change not yet written: now */
  if (self->store_id != 0)
    store_now (self);
  g_clear_handle_id (&self->narrow_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (object), PS_TYPE_SCENARIOS_VIEW);
  G_OBJECT_CLASS (ps_scenarios_view_parent_class)->dispose (object);
}

static void
ps_scenarios_view_finalize (GObject *object)
{
  PsScenariosView *self = PS_SCENARIOS_VIEW (object);

  g_hash_table_unref (self->rates);
  g_free (self->files);
  g_free (self->params);
  g_free (self->results);
  g_free (self->table_shape);
  G_OBJECT_CLASS (ps_scenarios_view_parent_class)->finalize (object);
}

static void
ps_scenarios_view_class_init (PsScenariosViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ps_scenarios_view_dispose;
  object_class->finalize = ps_scenarios_view_finalize;
  widget_class->map = ps_scenarios_view_map;
  widget_class->measure = ps_scenarios_view_measure;
  widget_class->size_allocate = ps_scenarios_view_size_allocate;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/ps-scenarios-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PsScenariosView, scroller);
  gtk_widget_class_bind_template_child (widget_class, PsScenariosView, toolbar);
  gtk_widget_class_bind_template_child (widget_class, PsScenariosView, summary_label);
  gtk_widget_class_bind_template_child (widget_class, PsScenariosView, table);
  gtk_widget_class_bind_template_child (widget_class, PsScenariosView, cards);
  gtk_widget_class_bind_template_child (widget_class, PsScenariosView, editor_group);
  gtk_widget_class_bind_template_child (widget_class, PsScenariosView, name_row);
  gtk_widget_class_bind_template_child (widget_class, PsScenariosView, tjm_row);
  gtk_widget_class_bind_template_child (widget_class, PsScenariosView, days_row);
  gtk_widget_class_bind_template_child (widget_class, PsScenariosView, fee_row);
  gtk_widget_class_bind_template_child (widget_class, PsScenariosView, editor_error);

  gtk_widget_class_install_action (widget_class, "scenarios.add-file", NULL, add_file_action);
  gtk_widget_class_install_action (widget_class, "scenarios.duplicate", NULL, duplicate_action);
  gtk_widget_class_install_action (widget_class, "scenarios.edit", "i", edit_action);
  gtk_widget_class_install_action (widget_class, "scenarios.remove", "i", remove_action);
}

static void
ps_scenarios_view_init (PsScenariosView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->rates = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) ps_rates_unref);
  self->files = g_new0 (PsScenarioFile, PS_MAX_SCENARIOS);
  self->params = g_new0 (PsParams, PS_MAX_SCENARIOS);
  self->results = g_new0 (PsScenarios, 1);
  self->selected = -1;

  g_signal_connect (self->name_row, "changed", G_CALLBACK (editor_changed_cb), self);
  g_signal_connect (self->tjm_row, "changed", G_CALLBACK (editor_changed_cb), self);
  g_signal_connect (self->days_row, "changed", G_CALLBACK (editor_changed_cb), self);
  g_signal_connect (self->fee_row, "changed", G_CALLBACK (editor_changed_cb), self);
  restore (self);
  update_summary (self);
}
