from reservations_app.cli import main

raise SystemExit(main())
