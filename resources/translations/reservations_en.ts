<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name>Calendar</name>
    <message numerus="yes">
      <source>Held, %n min left</source>
      <translation>
        <numerusform>Held, %n min left</numerusform>
        <numerusform>Held, %n min left</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Held %n min</source>
      <translation>
        <numerusform>Held %n min</numerusform>
        <numerusform>Held %n min</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CalendarPublisher</name>
    <message numerus="yes">
      <source>CalDAV: %n provider(s) failed ({reason})</source>
      <translation>
        <numerusform>CalDAV: %n provider failed ({reason})</numerusform>
        <numerusform>CalDAV: %n providers failed ({reason})</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ClientFinder</name>
    <message numerus="yes">
      <source>%n client(s) found</source>
      <translation>
        <numerusform>%n client found</numerusform>
        <numerusform>%n clients found</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>DayPaint</name>
    <message numerus="yes">
      <source>held, %n min left</source>
      <translation>
        <numerusform>held, %n min left</numerusform>
        <numerusform>held, %n min left</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message numerus="yes">
      <source>%n hold(s) expired</source>
      <translation>
        <numerusform>%n hold expired</numerusform>
        <numerusform>%n holds expired</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>NewClientDialog</name>
    <message numerus="yes">
      <source>Possible duplicate: %n client(s) on file with the same name, email or phone. If it is them, use the one below; if not, press Save anyway.</source>
      <translation>
        <numerusform>Possible duplicate: %n client on file with the same name, email or phone. If it is them, use the one below; if not, press Save anyway.</numerusform>
        <numerusform>Possible duplicate: %n clients on file with the same name, email or phone. If it is them, use the one below; if not, press Save anyway.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Printing</name>
    <message numerus="yes">
      <source>Please tell us at least %n hour(s) ahead if you cannot come.</source>
      <translation>
        <numerusform>Please tell us at least %n hour ahead if you cannot come.</numerusform>
        <numerusform>Please tell us at least %n hours ahead if you cannot come.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n visit(s)</source>
      <translation>
        <numerusform>%n visit</numerusform>
        <numerusform>%n visits</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ReservationsPanel</name>
    <message numerus="yes">
      <source>%n shown</source>
      <translation>
        <numerusform>%n shown</numerusform>
        <numerusform>%n shown</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SeriesDialog</name>
    <message numerus="yes">
      <source>%n visit(s)</source>
      <translation>
        <numerusform>%n visit</numerusform>
        <numerusform>%n visits</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n ticked to book</source>
      <translation>
        <numerusform>%n ticked to book</numerusform>
        <numerusform>%n ticked to book</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SlotPicker</name>
    <message numerus="yes">
      <source>%n free slot(s) on {day}</source>
      <translation>
        <numerusform>%n free slot on {day}</numerusform>
        <numerusform>%n free slots on {day}</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>WaitlistHint</name>
    <message numerus="yes">
      <source>%n waitlisted client(s) fit %1 with %2</source>
      <translation>
        <numerusform>%n waitlisted client fit %1 with %2</numerusform>
        <numerusform>%n waitlisted clients fit %1 with %2</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>WaitlistPanel</name>
    <message numerus="yes">
      <source>%n client(s) on the list</source>
      <translation>
        <numerusform>%n client on the list</numerusform>
        <numerusform>%n clients on the list</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n waitlisted client(s) fit %1 with %2</source>
      <translation>
        <numerusform>%n waitlisted client fit %1 with %2</numerusform>
        <numerusform>%n waitlisted clients fit %1 with %2</numerusform>
      </translation>
    </message>
  </context>
</TS>