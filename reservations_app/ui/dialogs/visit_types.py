"""Visit types for administrators: add, edit, retire (and bring back), and which providers
offer each. Lengths and buffers step on the clinic's slot grid; the service checks the rest."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from reservations_app.domain.errors import DomainError
from reservations_app.domain.model import Provider, VisitType
from reservations_app.services import people, visit_types
from reservations_app.ui.focus import label_row_of_two
from reservations_app.ui.message_banner import Kind, MessageBanner
from reservations_app.ui.session import Session

ID_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_MINUTES = 8 * 60


class VisitTypesDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._types: list[VisitType] = []
        self._editing: VisitType | None = None
        self.setWindowTitle(self.tr("Visit types"))
        self._build()
        self._connect_signals()
        self.reload()

    def _build(self) -> None:
        step = self._session.policy().slot_minutes
        self.banner = MessageBanner(self)
        self.type_list = QListWidget(self)
        self.type_list.setAccessibleName(self.tr("Visit types"))
        self.new_button = QPushButton(self.tr("New &type"), self)
        self.name_edit = QLineEdit(self)
        self.name_edit.setAccessibleName(self.tr("Name"))
        self.minutes = self._spin(step, step, MAX_MINUTES, self.tr("Length in minutes"))
        self.before = self._spin(0, step, 120, self.tr("Buffer before, minutes"))
        self.after = self._spin(0, step, 120, self.tr("Buffer after, minutes"))
        self.color_edit = QLineEdit(self)
        self.color_edit.setAccessibleName(self.tr("Colour"))
        self.color_edit.setPlaceholderText("#3b82f6")
        self.color_button = QPushButton(self.tr("C&hoose…"), self)
        self.active_check = QCheckBox(self.tr("Offered (untick to retire it)"), self)
        self.providers = QListWidget(self)
        self.providers.setAccessibleName(self.tr("Providers who offer it; none ticked: all"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.save_button = self.buttons.addButton(self.tr("&Save"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        colour_row = QHBoxLayout()
        colour_row.addWidget(self.color_edit, 1)
        colour_row.addWidget(self.color_button)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Length (min):"), self.minutes)
        form.addRow(self.tr("Buffer &before (min):"), self.before)
        form.addRow(self.tr("Buffer &after (min):"), self.after)
        form.addRow(self.tr("&Colour:"), colour_row)
        label_row_of_two(form, colour_row, self.color_edit)
        form.addRow("", self.active_check)
        form.addRow(self.tr("&Providers (none: all):"), self.providers)
        left = QVBoxLayout()
        left.addWidget(self.type_list, 1)
        left.addWidget(self.new_button)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(form, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)
        self.resize(720, 440)

    def _spin(self, low: int, step: int, high: int, name: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(low, high)
        spin.setSingleStep(step)
        spin.setAccessibleName(name)
        return spin

    def _connect_signals(self) -> None:
        self.type_list.currentItemChanged.connect(lambda *_: self._show_current())
        self.new_button.clicked.connect(self.start_new)
        self.save_button.clicked.connect(self.save)
        self.color_button.clicked.connect(self._pick_colour)
        self.buttons.rejected.connect(self.reject)

    @Slot()
    def reload(self) -> None:
        actor = self._session.actor
        self._session.ops.query(
            lambda: (visit_types.list_types(actor), people.list_providers(actor)),
            self._loaded, self._refused, owner=self)

    def _loaded(self, found: tuple[list[VisitType], list[Provider]]) -> None:
        self._types, providers = found
        chosen = self._editing.id if self._editing else None
        self.type_list.clear()
        for visit_type in self._types:
            text = visit_type.name if visit_type.active else self.tr("{name} (retired)").format(
                name=visit_type.name)
            item = QListWidgetItem(f"{text} · {visit_type.minutes} min", self.type_list)
            item.setData(ID_ROLE, visit_type.id)
            if visit_type.id == chosen:
                self.type_list.setCurrentItem(item)
        self.providers.clear()
        for provider in providers:
            item = QListWidgetItem(provider.name, self.providers)
            item.setData(ID_ROLE, provider.id)
            item.setCheckState(Qt.CheckState.Unchecked)
        if self.type_list.currentItem() is None:
            self.start_new()
        else:
            self._show_current()

    def _show_current(self) -> None:
        item = self.type_list.currentItem()
        found = [t for t in self._types if item is not None and t.id == item.data(ID_ROLE)]
        if found:
            self._fill(found[0])

    def _fill(self, visit_type: VisitType | None) -> None:
        self._editing = visit_type
        step = self._session.policy().slot_minutes
        self.name_edit.setText(visit_type.name if visit_type else "")
        self.minutes.setValue(visit_type.minutes if visit_type else step)
        self.before.setValue(visit_type.buffer_before if visit_type else 0)
        self.after.setValue(visit_type.buffer_after if visit_type else 0)
        self.color_edit.setText(visit_type.color if visit_type else "")
        self.active_check.setChecked(visit_type.active if visit_type else True)
        offered = set(visit_type.provider_ids) if visit_type else set()
        for row in range(self.providers.count()):
            item = self.providers.item(row)
            item.setCheckState(Qt.CheckState.Checked if item.data(ID_ROLE) in offered
                               else Qt.CheckState.Unchecked)
        self.save_button.setText(self.tr("&Save") if visit_type else self.tr("&Add"))

    @Slot()
    def start_new(self) -> None:
        self.type_list.setCurrentRow(-1)
        self._fill(None)
        self.name_edit.setFocus()

    def _chosen_providers(self) -> list[int]:
        return [int(self.providers.item(row).data(ID_ROLE)) for row in range(self.providers.count())
                if self.providers.item(row).checkState() == Qt.CheckState.Checked]

    @Slot()
    def save(self) -> None:
        actor, now, editing = self._session.actor, self._session.now(), self._editing
        name, minutes = self.name_edit.text(), self.minutes.value()
        before, after = self.before.value(), self.after.value()
        providers, active = self._chosen_providers(), self.active_check.isChecked()
        color = self.color_edit.text().strip() or None

        def call() -> VisitType:
            if editing is None:
                return visit_types.add_type(actor, name, minutes, now, buffer_before=before,
                                            buffer_after=after, provider_ids=providers,
                                            color=color)
            return visit_types.edit_type(actor, editing.id, now, name=name, minutes=minutes,
                                         buffer_before=before, buffer_after=after,
                                         provider_ids=providers, color=color, active=active)

        self._session.ops.write(call, on_success=self._saved, on_error=self._refused,
                                initiator=self, owner=self)

    def _saved(self, saved: VisitType) -> None:
        self._editing = saved
        self.banner.show_message(self.tr("Saved {name}.").format(name=saved.name), Kind.SUCCESS)
        self.reload()

    def _refused(self, error: DomainError) -> None:
        self.banner.show_message(error.message, Kind.ERROR)

    @Slot()
    def _pick_colour(self) -> None:
        colour = QColorDialog.getColor(QColor(self.color_edit.text() or "#3b82f6"), self)
        if colour.isValid():
            self.color_edit.setText(colour.name())
