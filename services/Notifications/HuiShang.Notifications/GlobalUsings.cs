// What every consumer of this service speaks: the integration events, the platform's roles and the
// inbox it writes (its DbContext and entries).
global using System.Globalization;
global using HuiShang.Contracts.Events;
global using HuiShang.Contracts.Identity;
global using HuiShang.Notifications.Data;
global using HuiShang.Notifications.Domain;
